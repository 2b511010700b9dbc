// Registers only the elements this page uses; the rest of the library is never loaded.
import '@inclusion-dashboard/components/inclusion-tile';
import '@inclusion-dashboard/components/inclusion-trend';
