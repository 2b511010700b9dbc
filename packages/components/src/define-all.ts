import './inclusion-benchmark/define';
