import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Activity } from '../../entities/activity.entity';
import { Initiative } from '../../entities/initiative.entity';
import { ProgrammeComponent } from '../../entities/programme-component.entity';
import { Programme } from '../../entities/programme.entity';
import type { Context } from '../../loaders/request-context';
import { NodeResolver } from '../node/node-resolver.base';

@Resolver(() => ProgrammeComponent)
export class ProgrammeComponentResolver extends NodeResolver(ProgrammeComponent, (component) => component.id) {
  @FieldResolver(() => Programme, { description: 'The programme it is a component of.' })
  async programme(@Root() component: ProgrammeComponent, @Ctx() { loaders }: Context): Promise<Programme> {
    return (await loaders.programmeById.load(component.programmeId))!;
  }

  @FieldResolver(() => [Initiative], { description: 'Initiatives funded under the component, by code.' })
  initiatives(@Root() component: ProgrammeComponent, @Ctx() { loaders }: Context): Promise<Initiative[]> {
    return loaders.initiativesByComponent.load(component.id);
  }

  @FieldResolver(() => [Activity], { description: 'Capacity-building activities of the component, by code.' })
  activities(@Root() component: ProgrammeComponent, @Ctx() { loaders }: Context): Promise<Activity[]> {
    return loaders.activitiesByComponent.load(component.id);
  }
}
