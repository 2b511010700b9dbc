export { main, toJson, USAGE, type Io } from './main';
export { Dataset, defaultData, BUNDLED, type IndicatorInfo } from './data';
export { EXIT } from './errors';
