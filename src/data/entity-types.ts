import type { EntityType } from '../annotate/registry.ts';

/** Each kind of entity as the site names it, in the order pages list them: one entity, and a group of them. */
export const ENTITY_TYPE_LABELS: readonly { type: EntityType; one: string; many: string }[] = [
  { type: 'person', one: 'Person', many: 'People' },
  { type: 'organization', one: 'Organisation', many: 'Organisations' },
  { type: 'place', one: 'Place', many: 'Places' },
  { type: 'nationality', one: 'Nationality or people', many: 'Nationalities and peoples' },
  { type: 'event', one: 'Event', many: 'Events' },
  { type: 'work', one: 'Work', many: 'Works' },
];

/** "Organisation" for `organization`; an unknown type as it is written. */
export const entityTypeLabel = (type: string) => ENTITY_TYPE_LABELS.find((label) => label.type === type)?.one ?? type;
