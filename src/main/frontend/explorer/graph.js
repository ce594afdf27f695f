// The neighbourhood picture: Cytoscape draws names on a canvas, so untrusted text never becomes markup.
import cytoscape from 'cytoscape';
import { ENTITY_COLOURS, entityType, relationKey, RELATION_LABELS } from './ontology.js';

const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

function shortName(name) {
  return name.length > 14 ? `${name.slice(0, 13)}…` : name;
}

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': (n) => ENTITY_COLOURS[n.data('type')],
      label: (n) => shortName(n.data('name')),
      'font-family': FONT,
      'font-size': 12,
      color: '#111827',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': 2,
      width: 22,
      height: 22,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.focus', style: { width: 34, height: 34, 'border-color': '#111827', 'font-weight': 'bold' } },
  { selector: 'node.expanded', style: { 'border-color': '#6b7280' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: (e) => RELATION_LABELS[e.data('type')] ?? e.data('type'),
      'font-family': FONT,
      'font-size': 10,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#f9fafb',
      'text-background-opacity': 0.9,
      'text-background-padding': 1,
    },
  },
  { selector: 'edge[type = "PARTNERS_WITH"]', style: { 'target-arrow-shape': 'none' } },
  { selector: 'edge.selected', style: { width: 3.5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' } },
  { selector: 'node.path', style: { 'border-color': '#dc2626', 'border-width': 3, width: 30, height: 30 } },
  { selector: 'edge.path', style: { 'line-color': '#dc2626', 'target-arrow-color': '#dc2626', width: 4, 'z-index': 10 } },
  { selector: '.faded', style: { opacity: 0.25 } },
];

/** Wraps one Cytoscape instance; the relation behind each edge is kept for its evidence. */
export class GraphView {
  constructor(container, { onNodeTap, onEdgeTap }) {
    this.relations = new Map();
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.2,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => onNodeTap(event.target.data()));
    this.cy.on('tap', 'edge', (event) => onEdgeTap(this.relations.get(event.target.id())));
  }

  clear() {
    this.relations.clear();
    this.cy.elements().remove();
  }

  hasNode(id) {
    return this.cy.getElementById(id).nonempty();
  }

  /** Adds an entity and the given relations around it; returns the ids of nodes that are new. */
  addRelations(centre, relations) {
    const added = [];
    const addNode = (entity, near) => {
      if (this.hasNode(entity.id)) return;
      const nearNode = near ? this.cy.getElementById(near) : null;
      const position = nearNode && nearNode.nonempty()
        ? { x: nearNode.position('x') + (Math.random() - 0.5) * 80, y: nearNode.position('y') + (Math.random() - 0.5) * 80 }
        : { x: 0, y: 0 };
      this.cy.add({
        group: 'nodes',
        data: { id: entity.id, name: entity.name, type: entityType(entity.type) },
        position,
      });
      added.push(entity.id);
    };
    addNode(centre, null);
    for (const relation of relations) {
      addNode(relation.source, centre.id);
      addNode(relation.target, centre.id);
      const id = relationKey(relation);
      this.relations.set(id, relation);
      if (this.cy.getElementById(id).empty()) {
        this.cy.add({ group: 'edges', data: { id, source: relation.source.id, target: relation.target.id, type: relation.type } });
      }
    }
    return added;
  }

  markExpanded(id) {
    this.cy.getElementById(id).addClass('expanded');
  }

  focus(id) {
    this.cy.nodes().removeClass('focus');
    this.cy.getElementById(id).addClass('focus');
  }

  selectEdge(relation) {
    this.cy.edges().removeClass('selected');
    if (relation) this.cy.getElementById(relationKey(relation)).addClass('selected');
  }

  showPath(nodeIds, relations) {
    this.cy.elements().removeClass('path faded');
    if (nodeIds.length === 0) return;
    const path = this.cy.collection();
    for (const id of nodeIds) path.merge(this.cy.getElementById(id));
    for (const relation of relations) path.merge(this.cy.getElementById(relationKey(relation)));
    path.addClass('path');
    this.cy.elements().not(path).addClass('faded');
  }

  /**
   * Lays out the picture. One entity's neighbourhood goes in rings around it, so a hub's labels
   * do not pile up; once other nodes are expanded a force layout untangles the clusters.
   */
  layout() {
    const expanded = this.cy.nodes('.expanded');
    const single = expanded.length <= 1;
    const options = single
      ? {
        name: 'concentric',
        concentric: (node) => (node.hasClass('focus') || node.hasClass('expanded') ? 2 : 1),
        levelWidth: () => 1,
        minNodeSpacing: 56,
        spacingFactor: 1.1,
      }
      : {
        name: 'cose',
        randomize: false,
        nodeRepulsion: () => 14000,
        idealEdgeLength: () => 120,
        nodeOverlap: 20,
      };
    this.cy.layout({ ...options, animate: false, fit: true, padding: 30 }).run();
    if (this.cy.zoom() > 1.4) {
      this.cy.zoom(1.4);
      this.cy.center();
    }
  }

  /** A path reads left to right, hop by hop, gently zig-zagging so that edge labels stay clear. */
  layoutPath(nodeIds) {
    const positions = new Map(nodeIds.map((id, i) => [id, { x: i * 200, y: i % 2 === 0 ? 0 : 60 }]));
    this.cy.layout({
      name: 'preset',
      positions: (node) => positions.get(node.id()) ?? { x: 0, y: 120 },
      fit: true,
      padding: 40,
      animate: false,
    }).run();
    if (this.cy.zoom() > 1.4) {
      this.cy.zoom(1.4);
      this.cy.center();
    }
  }
}
