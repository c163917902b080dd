import { IndicatorResultResolver } from './indicator-result.resolver';
import { IndicatorResolver } from './indicator.resolver';
import { InitiativeResolver } from './initiative.resolver';
import { MunicipalityResolver } from './municipality.resolver';
import { ObservationResolver } from './observation.resolver';
import { OrganisationResolver } from './organisation.resolver';
import { NodeQueryResolver } from './node.resolver';
import { ProgrammeFunderResolver } from './programme-funder.resolver';
import { ProgrammeImplementerResolver } from './programme-implementer.resolver';
import { ProgrammeParticipantResolver } from './programme-participant.resolver';
import { ProgrammeResolver } from './programme.resolver';
import { ActivityResolver } from './activity.resolver';
import { CharterSignatureResolver } from './charter-signature.resolver';
import { CountryResolver } from './country.resolver';
import { GoodPracticeResolver } from './good-practice.resolver';
import { NetworkResolver } from './network.resolver';
import { PolicyDocumentResolver } from './policy-document.resolver';
import { ProgrammeComponentResolver } from './programme-component.resolver';
import { SourceResolver } from './source.resolver';
import { SeriesPointResolver } from './series-point.resolver';
import { SeriesResolver } from './series.resolver';
import { ThemeResolver } from './theme.resolver';
import { WorkingGroupMemberResolver } from './working-group-member.resolver';
import { WorkingGroupResolver } from './working-group.resolver';
import { BenchmarkEntryResolver } from './benchmark-entry.resolver';
import { BenchmarkIndicatorResolver } from './benchmark-indicator.resolver';
import { BenchmarkRankingResolver } from './benchmark-ranking.resolver';
import { BenchmarkScoreResolver } from './benchmark-score.resolver';
import { CharterCountResolver } from './charter-count.resolver';
import { FrameworkElementResolver } from './framework-element.resolver';
import { FrameworkResolver } from './framework.resolver';
import { ComputedFigureResolver } from './computed-figure.resolver';
import { SexBreakdownResolver } from './computed-sex-breakdown.resolver';
import { CompletenessResolver } from './completeness.resolver';
import { MissingCellResolver } from './completeness-missing-cell.resolver';
import { ScopeCompletenessResolver } from './completeness-scope.resolver';
import { AuditEventResolver } from './audit-event.resolver';
import { ProgrammeWritesResolver } from './programme-writes.resolver';
import { ProgrammeComponentWritesResolver } from './programme-component-writes.resolver';
import { InitiativeWritesResolver } from './initiative-writes.resolver';
import { ActivityWritesResolver } from './activity-writes.resolver';
import { OrganisationWritesResolver } from './organisation-writes.resolver';
import { MunicipalityWritesResolver } from './municipality-writes.resolver';
import { WorkingGroupWritesResolver } from './working-group-writes.resolver';
import { WorkingGroupMemberWritesResolver } from './working-group-member-writes.resolver';
import { IndicatorWritesResolver } from './indicator-writes.resolver';
import { CharterSignatureWritesResolver } from './charter-signature-writes.resolver';
import { PolicyDocumentWritesResolver } from './policy-document-writes.resolver';
import { GoodPracticeWritesResolver } from './good-practice-writes.resolver';

/** Every resolver class of the API. */
export const resolvers = [
  NodeQueryResolver,
  ProgrammeResolver,
  ProgrammeFunderResolver,
  ProgrammeImplementerResolver,
  ProgrammeParticipantResolver,
  InitiativeResolver,
  MunicipalityResolver,
  ObservationResolver,
  IndicatorResolver,
  IndicatorResultResolver,
  OrganisationResolver,
  CountryResolver,
  SourceResolver,
  ThemeResolver,
  ProgrammeComponentResolver,
  WorkingGroupResolver,
  WorkingGroupMemberResolver,
  NetworkResolver,
  ActivityResolver,
  CharterSignatureResolver,
  PolicyDocumentResolver,
  GoodPracticeResolver,
  SeriesResolver,
  SeriesPointResolver,
  BenchmarkRankingResolver,
  BenchmarkEntryResolver,
  BenchmarkScoreResolver,
  BenchmarkIndicatorResolver,
  CharterCountResolver,
  FrameworkResolver,
  FrameworkElementResolver,
  ComputedFigureResolver,
  SexBreakdownResolver,
  CompletenessResolver,
  ScopeCompletenessResolver,
  MissingCellResolver,
  AuditEventResolver,
  ProgrammeWritesResolver,
  ProgrammeComponentWritesResolver,
  InitiativeWritesResolver,
  ActivityWritesResolver,
  OrganisationWritesResolver,
  MunicipalityWritesResolver,
  WorkingGroupWritesResolver,
  WorkingGroupMemberWritesResolver,
  IndicatorWritesResolver,
  CharterSignatureWritesResolver,
  PolicyDocumentWritesResolver,
  GoodPracticeWritesResolver,
];
