// How the ontology's types look on the page: a colour per entity type, a Chinese reading per relation type.

export const ENTITY_COLOURS = {
  Institution: '#2563eb',
  Project: '#16a34a',
  Lab: '#9333ea',
  Committee: '#ea580c',
  Event: '#db2777',
  Place: '#0891b2',
  Person: '#b45309',
  Policy: '#475569',
};

export const ENTITY_LABELS = {
  Institution: '机构', Project: '项目', Lab: '实验室', Committee: '委员会/联盟', Event: '活动',
  Place: '地点', Person: '人物', Policy: '政策',
};

export const RELATION_LABELS = {
  LANDED_IN: '落户', SETTLED_IN: '入驻', MEMBER_OF: '成员', LAUNCHED_AT: '发布于', HELD_AT: '举办地',
  PART_OF: '隶属', LOCATED_IN: '位于', TRANSFORMED_FROM: '转型自', HOLDS_POSITION: '任职',
  PARTNERS_WITH: '合作', INVESTS_IN: '投资', ESTABLISHED: '设立', ISSUED: '发布', ORGANIZED: '主办',
};

/** The API may spell a type as the label (Institution) or as an enum constant (INSTITUTION). */
export function entityType(type) {
  const key = Object.keys(ENTITY_COLOURS).find((k) => k.toLowerCase() === String(type ?? '').toLowerCase());
  return key ?? 'Institution';
}

export function relationLabel(type) {
  return RELATION_LABELS[type] ? `${RELATION_LABELS[type]} ${type}` : String(type);
}

/** A stable id for a fact, the same whichever page or path it arrives in. */
export function relationKey(relation) {
  return relation.id ?? `${relation.source.id}|${relation.type}|${relation.target.id}`;
}
