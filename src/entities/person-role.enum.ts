import { registerEnumType } from 'type-graphql';

/** The role a person has in local government work: who is trained, who sits in a working group. */
export enum PersonRole {
  POLITICIAN = 'POLITICIAN',
  MANAGER = 'MANAGER',
  CIVIL_SERVANT = 'CIVIL_SERVANT',
  KEY_ACTOR = 'KEY_ACTOR',
  PROJECT_LEADER = 'PROJECT_LEADER',
  PROCESS_LEADER = 'PROCESS_LEADER',
  GENDER_EQUALITY_STRATEGIST = 'GENDER_EQUALITY_STRATEGIST',
  GENDER_EXPERT = 'GENDER_EXPERT',
  MUNICIPAL_REPRESENTATIVE = 'MUNICIPAL_REPRESENTATIVE',
  ASSOCIATION_STAFF = 'ASSOCIATION_STAFF',
  NGO_REPRESENTATIVE = 'NGO_REPRESENTATIVE',
}
registerEnumType(PersonRole, {
  name: 'PersonRole',
  description: 'The role a person has in local government work: who is trained, who sits in a working group.',
});
