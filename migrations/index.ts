import * as migration_20261125_131144_initial from './20261125_131144_initial';

export const migrations = [
  {
    up: migration_20261125_131144_initial.up,
    down: migration_20261125_131144_initial.down,
    name: '20261125_131144_initial'
  },
];
