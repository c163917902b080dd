import { createUnionType } from 'type-graphql';
import { Activity } from '../../entities/activity.entity';
import { Country } from '../../entities/country.entity';
import { Initiative } from '../../entities/initiative.entity';
import { Municipality } from '../../entities/municipality.entity';
import { Organisation } from '../../entities/organisation.entity';
import { Programme } from '../../entities/programme.entity';
import { TYPE_NAME } from '../../schema/node.interface';

/** What an observation is about. */
export const ObservationScope = createUnionType({
  name: 'ObservationScope',
  description:
    'What an observation is about: a country, programme, initiative, municipality, organisation or activity.',
  types: () => [Country, Programme, Initiative, Municipality, Organisation, Activity] as const,
  resolveType: (value) => (value as unknown as Record<string, unknown>)[TYPE_NAME] as string,
});
