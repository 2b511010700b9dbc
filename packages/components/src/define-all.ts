// Registers every element. Each define is guarded, so loading twice defines nothing twice.
import './inclusion-dashboard/define';
import './inclusion-map/define';
