import * as migration_20261125_130551_initial from './20261125_130551_initial';

export const migrations = [
  {
    up: migration_20261125_130551_initial.up,
    down: migration_20261125_130551_initial.down,
    name: '20261125_130551_initial'
  },
];
