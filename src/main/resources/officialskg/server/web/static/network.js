// Draws the relation network embedded in the page (cytoscape elements in #network-data).
(function () {
  var data = document.getElementById('network-data');
  var box = document.getElementById('network');
  if (!data || !box || typeof cytoscape === 'undefined') { return; }
  var elements = JSON.parse(data.textContent);
  // Node kinds are entity types (co-mentions) or relation roles (participants of the entity's facts).
  var colours = { center: '#c0392b', Person: '#2e86c1', Organization: '#28b463', Place: '#b7950b', Event: '#8e44ad',
    person: '#2e86c1', other: '#2e86c1', holder: '#2e86c1', organization: '#28b463', organizer: '#28b463',
    place: '#b7950b', event: '#8e44ad', title: '#d35400', date: '#95a5a6' };
  var cy = cytoscape({
    container: box,
    elements: elements,
    style: [
      { selector: 'node', style: { 'label': 'data(label)', 'font-size': 11, 'width': 18, 'height': 18,
          'background-color': function (n) { return colours[n.data('kind')] || '#7f8c8d'; } } },
      { selector: 'edge', style: { 'label': 'data(label)', 'font-size': 8, 'color': '#666', 'curve-style': 'bezier',
          'width': function (e) { return Math.min(1 + e.data('weight'), 6); }, 'line-color': '#aab' } },
      // Co-mentions are context, not facts: drawn dashed and unlabelled so the relation labels stay readable.
      { selector: 'edge[label = "co-mentioned"]', style: { 'label': '', 'line-style': 'dashed', 'line-color': '#ccd' } }
    ],
    layout: { name: 'cose', animate: false, nodeRepulsion: function () { return 900000; }, idealEdgeLength: function () { return 110; } }
  });
  cy.on('tap', 'node', function (evt) {
    var id = evt.target.id();
    var base = box.getAttribute('data-base');
    location.href = id.indexOf(base) === 0 ? box.getAttribute('data-path') + '/' + id.substring(base.length) : id;
  });
  box.setAttribute('data-nodes', cy.nodes().length);
  box.setAttribute('data-edges', cy.edges().length);
})();
