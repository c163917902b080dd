import { AccountLink } from './account-link.entity';
import { AccountSession } from './account-session.entity';
import { Account } from './account.entity';
import { Activity } from './activity.entity';
import { ApiToken } from './api-token.entity';
import { AuditEvent } from './audit-event.entity';
import { CharterSignature } from './charter-signature.entity';
import { Country } from './country.entity';
import { IndicatorFrameworkElement } from './framework-element-indicator.entity';
import { FrameworkElement } from './framework-element.entity';
import { Framework } from './framework.entity';
import { GoodPractice } from './good-practice.entity';
import { Indicator } from './indicator.entity';
import { InitiativeMunicipality } from './initiative-municipality.entity';
import { InitiativeTheme } from './initiative-theme.entity';
import { Initiative } from './initiative.entity';
import { Municipality } from './municipality.entity';
import { Network } from './network.entity';
import { Observation } from './observation.entity';
import { Organisation } from './organisation.entity';
import { PolicyDocument } from './policy-document.entity';
import { ProgrammeComponent } from './programme-component.entity';
import { ProgrammeCountry } from './programme-country.entity';
import { ProgrammeFunder } from './programme-funder.entity';
import { ProgrammeImplementer } from './programme-implementer.entity';
import { ProgrammeParticipant } from './programme-participant.entity';
import { ProgrammeSource } from './programme-source.entity';
import { ProgrammeTheme } from './programme-theme.entity';
import { Programme } from './programme.entity';
import { Source } from './source.entity';
import { Theme } from './theme.entity';
import { WorkingGroupMember } from './working-group-member.entity';
import { WorkingGroup } from './working-group.entity';

/** Every entity the ORM maps, listed explicitly so the built app and the tests discover the same set. */
export const entities = [
  Account,
  AccountLink,
  AccountSession,
  Activity,
  ApiToken,
  AuditEvent,
  CharterSignature,
  Country,
  Framework,
  FrameworkElement,
  GoodPractice,
  Indicator,
  IndicatorFrameworkElement,
  Initiative,
  InitiativeMunicipality,
  InitiativeTheme,
  Municipality,
  Network,
  Observation,
  Organisation,
  PolicyDocument,
  Programme,
  ProgrammeComponent,
  ProgrammeCountry,
  ProgrammeFunder,
  ProgrammeImplementer,
  ProgrammeParticipant,
  ProgrammeSource,
  ProgrammeTheme,
  Source,
  Theme,
  WorkingGroup,
  WorkingGroupMember,
];
