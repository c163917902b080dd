import { IndicatorResultResolver } from './indicators/indicator-result.resolver';
import { IndicatorResolver } from './indicators/indicator.resolver';
import { IndicatorFrameworkMappingResolver } from './indicators/indicator-framework-mapping.resolver';
import { InitiativeResolver } from './initiatives/initiative.resolver';
import { MunicipalityResolver } from './municipalities/municipality.resolver';
import { CountryComparisonResolver } from './municipalities/country-comparison.resolver';
import { ObservationResolver } from './observations/observation.resolver';
import { OrganisationResolver } from './organisations/organisation.resolver';
import { NodeQueryResolver } from './node/node.resolver';
import { ProgrammeFunderResolver } from './programmes/programme-funder.resolver';
import { ProgrammeImplementerResolver } from './programmes/programme-implementer.resolver';
import { ProgrammeParticipantResolver } from './programmes/programme-participant.resolver';
import { ProgrammeResolver } from './programmes/programme.resolver';
import { ActivityResolver } from './activities/activity.resolver';
import { CharterSignatureResolver } from './charter/charter-signature.resolver';
import { CountryResolver } from './countries/country.resolver';
import { GoodPracticeResolver } from './good-practices/good-practice.resolver';
import { NetworkResolver } from './networks/network.resolver';
import { NetworkMemberResolver } from './networks/network-member.resolver';
import { PolicyDocumentResolver } from './policy-documents/policy-document.resolver';
import { ProgrammeComponentResolver } from './programmes/programme-component.resolver';
import { SourceResolver } from './sources/source.resolver';
import { SeriesPointResolver } from './series/series-point.resolver';
import { SeriesResolver } from './series/series.resolver';
import { ThemeResolver } from './themes/theme.resolver';
import { WorkingGroupMemberResolver } from './working-groups/working-group-member.resolver';
import { WorkingGroupResolver } from './working-groups/working-group.resolver';
import { BenchmarkEntryResolver } from './benchmark/benchmark-entry.resolver';
import { BenchmarkIndicatorResolver } from './benchmark/benchmark-indicator.resolver';
import { BenchmarkRankingResolver } from './benchmark/benchmark-ranking.resolver';
import { BenchmarkScoreResolver } from './benchmark/benchmark-score.resolver';
import { CharterCountResolver } from './charter/charter-count.resolver';
import { FrameworkElementResolver } from './frameworks/framework-element.resolver';
import { FrameworkResolver } from './frameworks/framework.resolver';
import { ComputedFigureResolver } from './computed-figures/computed-figure.resolver';
import { SexBreakdownResolver } from './computed-figures/computed-sex-breakdown.resolver';
import { CompletenessResolver } from './completeness/completeness.resolver';
import { MissingCellResolver } from './completeness/completeness-missing-cell.resolver';
import { ScopeCompletenessResolver } from './completeness/completeness-scope.resolver';
import { AuditEventResolver } from './history/audit-event.resolver';
import { ProgrammeWritesResolver } from './programmes/programme-writes.resolver';
import { ProgrammeComponentWritesResolver } from './programmes/programme-component-writes.resolver';
import { InitiativeWritesResolver } from './initiatives/initiative-writes.resolver';
import { ActivityWritesResolver } from './activities/activity-writes.resolver';
import { OrganisationWritesResolver } from './organisations/organisation-writes.resolver';
import { MunicipalityWritesResolver } from './municipalities/municipality-writes.resolver';
import { WorkingGroupWritesResolver } from './working-groups/working-group-writes.resolver';
import { WorkingGroupMemberWritesResolver } from './working-groups/working-group-member-writes.resolver';
import { IndicatorWritesResolver } from './indicators/indicator-writes.resolver';
import { CharterSignatureWritesResolver } from './charter/charter-signature-writes.resolver';
import { PolicyDocumentWritesResolver } from './policy-documents/policy-document-writes.resolver';
import { GoodPracticeWritesResolver } from './good-practices/good-practice-writes.resolver';
import { ViewerResolver } from './accounts/viewer.resolver';
import { AccountsResolver } from './accounts/accounts.resolver';
import { ApiTokensResolver } from './accounts/api-tokens.resolver';
import { SourceWritesResolver } from './sources/source-writes.resolver';
import { ProgrammeLinkWritesResolvers } from './programmes/programme-link-writes.resolver';
import { InitiativeLinkWritesResolvers } from './initiatives/initiative-link-writes.resolver';
import { FrameworkWritesResolvers } from './frameworks/framework-writes.resolver';
import { NetworkWritesResolvers } from './networks/network-writes.resolver';
import { DisbursementResolver, ProgrammeBudgetResolver } from './programmes/programme-budget.resolver';
import {
  DisbursementWritesResolver,
  ProgrammeBudgetWritesResolver,
} from './programmes/programme-budget-writes.resolver';

/** Every resolver class of the API. */
export const resolvers = [
  NodeQueryResolver,
  ViewerResolver,
  AccountsResolver,
  ApiTokensResolver,
  ProgrammeResolver,
  ProgrammeFunderResolver,
  ProgrammeImplementerResolver,
  ProgrammeParticipantResolver,
  InitiativeResolver,
  MunicipalityResolver,
  CountryComparisonResolver,
  ObservationResolver,
  IndicatorResolver,
  IndicatorFrameworkMappingResolver,
  IndicatorResultResolver,
  OrganisationResolver,
  CountryResolver,
  SourceResolver,
  ThemeResolver,
  ProgrammeComponentResolver,
  WorkingGroupResolver,
  WorkingGroupMemberResolver,
  NetworkResolver,
  NetworkMemberResolver,
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
  SourceWritesResolver,
  ...ProgrammeLinkWritesResolvers,
  ...InitiativeLinkWritesResolvers,
  ...FrameworkWritesResolvers,
  ...NetworkWritesResolvers,
  ProgrammeBudgetResolver,
  DisbursementResolver,
  ProgrammeBudgetWritesResolver,
  DisbursementWritesResolver,
];
