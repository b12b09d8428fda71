// Draws the relation network embedded in the page (cytoscape elements in #network-data), with a filter by
// relation type. The layout is concentric and its node order is sorted here, so the same graph is drawn at the
// same positions on every load (a force layout starts from random positions and moves them each time).
(function () {
  var data = document.getElementById('network-data');
  var box = document.getElementById('network');
  if (!data || !box || typeof cytoscape === 'undefined') { return; }
  var elements = JSON.parse(data.textContent);
  // Node kinds are entity types (co-mentions) or relation roles (participants of the entity's facts).
  var colours = { center: '#c0392b', Person: '#2e86c1', Organization: '#28b463', Place: '#b7950b', Event: '#8e44ad',
    person: '#2e86c1', other: '#2e86c1', holder: '#2e86c1', member: '#2e86c1', organization: '#28b463',
    organizer: '#28b463', place: '#b7950b', event: '#8e44ad', title: '#d35400', date: '#95a5a6' };
  // Edge labels are short words; the full relation type is in the filter and the tooltip of the legend.
  var shortLabels = { holdsPosition: 'post', memberOf: 'member', attends: 'attends', organizes: 'organizes',
    candidateIn: 'candidate', speaksAt: 'speaks', boycotts: 'boycotts', meets: 'met', visits: 'visited',
    locatedIn: 'in', occursOn: 'on', 'co-mentioned': 'co-mentioned' };
  var typeColours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf',
    '#bcbd22', '#7f7f7f'];
  var types = [];
  elements.forEach(function (el) {
    if (el.group === 'edges') {
      var t = el.data.label;
      el.data.type = t;
      el.data.short = shortLabels[t] || t;
      if (types.indexOf(t) < 0) { types.push(t); }
    }
  });
  // Facts first in a fixed order, co-mentions (context, not facts) last.
  types.sort(function (a, b) {
    return (a === 'co-mentioned') - (b === 'co-mentioned') || (a < b ? -1 : a > b ? 1 : 0);
  });
  var colourOf = {};
  types.forEach(function (t, i) { colourOf[t] = t === 'co-mentioned' ? '#c8c8d8' : typeColours[i % typeColours.length]; });

  // Rings: the entity in the middle, the participants of its facts around it, co-mentioned entities outside.
  var ring = {};
  elements.forEach(function (el) {
    if (el.group === 'edges') {
      var r = el.data.type === 'co-mentioned' ? 1 : 2;
      ring[el.data.target] = Math.max(ring[el.data.target] || 0, r);
    }
  });
  var cy = cytoscape({
    container: box,
    elements: elements,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'width': 16, 'height': 16,
          'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 110,
          'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
          'background-color': function (n) { return colours[n.data('kind')] || '#7f8c8d'; } } },
      { selector: 'node[kind = "center"]', style: { 'width': 26, 'height': 26, 'font-size': 13,
          'font-weight': 'bold' } },
      // Labels of edges only on hover (of the edge or either end): drawn all at once they pile up at the centre.
      { selector: 'edge', style: { 'curve-style': 'bezier', 'line-color': function (e) { return colourOf[e.data('type')]; },
          'width': function (e) { return Math.min(1 + e.data('weight'), 5); }, 'opacity': 0.8,
          'font-size': 9, 'color': '#333', 'text-rotation': 'autorotate', 'text-background-color': '#ffffe0',
          'text-background-opacity': 1, 'text-background-padding': 2, 'text-background-shape': 'roundrectangle' } },
      { selector: 'edge[type = "co-mentioned"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge.show-label', style: { 'label': 'data(short)', 'opacity': 1, 'z-index': 10 } }
    ],
    layout: {
      name: 'concentric', animate: false, avoidOverlap: true, minNodeSpacing: 28, startAngle: 3 / 2 * Math.PI,
      concentric: function (n) { return n.data('kind') === 'center' ? 3 : (ring[n.id()] || 1); },
      levelWidth: function () { return 1; },
      sort: function (a, b) {
        var ka = (a.data('kind') || '') + ' ' + a.data('label') + ' ' + a.id();
        var kb = (b.data('kind') || '') + ' ' + b.data('label') + ' ' + b.id();
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      }
    }
  });
  cy.on('mouseover', 'edge', function (evt) { evt.target.addClass('show-label'); });
  cy.on('mouseout', 'edge', function (evt) { evt.target.removeClass('show-label'); });
  cy.on('mouseover', 'node', function (evt) { evt.target.connectedEdges().addClass('show-label'); });
  cy.on('mouseout', 'node', function (evt) { evt.target.connectedEdges().removeClass('show-label'); });
  cy.on('tap', 'node', function (evt) {
    var id = evt.target.id();
    var base = box.getAttribute('data-base');
    location.href = id.indexOf(base) === 0 ? box.getAttribute('data-path') + '/' + id.substring(base.length) : id;
  });

  // The filter: one checkbox per relation type, coloured like its edges. Hiding a type hides its edges and the
  // nodes left without a visible edge; positions stay where they are.
  var filter = document.createElement('fieldset');
  filter.id = 'network-filter';
  filter.className = 'network-filter';
  var legend = document.createElement('legend');
  legend.textContent = 'Relations shown';
  filter.appendChild(legend);
  function apply() {
    var shown = {};
    filter.querySelectorAll('input[type=checkbox]').forEach(function (c) { shown[c.value] = c.checked; });
    cy.batch(function () {
      cy.edges().forEach(function (e) { e.style('display', shown[e.data('type')] ? 'element' : 'none'); });
      cy.nodes().forEach(function (n) {
        var visible = n.data('kind') === 'center'
          || n.connectedEdges().some(function (e) { return shown[e.data('type')]; });
        n.style('display', visible ? 'element' : 'none');
      });
    });
    box.setAttribute('data-visible-edges', cy.edges().filter(function (e) { return e.visible(); }).length);
  }
  types.forEach(function (t) {
    var label = document.createElement('label');
    label.title = t;
    var check = document.createElement('input');
    check.type = 'checkbox';
    check.value = t;
    check.checked = true;
    check.addEventListener('change', apply);
    var swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colourOf[t];
    var count = cy.edges().filter(function (e) { return e.data('type') === t; }).length;
    label.appendChild(check);
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(t + ' (' + count + ')'));
    filter.appendChild(label);
  });
  box.parentNode.insertBefore(filter, box);
  apply();

  window.kgNetwork = cy;
  box.setAttribute('data-nodes', cy.nodes().length);
  box.setAttribute('data-edges', cy.edges().length);
})();
