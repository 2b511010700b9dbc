export { main, toJson, type Io } from './main';
