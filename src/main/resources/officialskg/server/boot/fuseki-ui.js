// Links of query results whose IRI is under the store's base (window.KG_UI.links.base) open the resource page on
// the running server (same host as this page, the pages' port and path): the store may have been minted under
// another address than the one it is served at. The IRI shown stays as stored; only where the link goes changes.
(function () {
  var links = window.KG_UI && window.KG_UI.links;
  if (!links) {
    return;
  }
  var target = location.protocol + '//' + location.hostname + ':' + links.port + links.path;
  if (target.indexOf(links.base) === 0) {
    return;
  }
  function fix(a) {
    var href = a.getAttribute('href');
    if (href && href.indexOf(links.base) === 0) {
      a.setAttribute('href', target + href.substring(links.base.length));
    }
  }
  function scan(node) {
    if (node.nodeType !== 1) {
      return;
    }
    if (node.matches('a[href]')) {
      fix(node);
    }
    node.querySelectorAll('a[href]').forEach(fix);
  }
  new MutationObserver(function (mutations) {
    mutations.forEach(function (m) {
      if (m.type === 'attributes') {
        fix(m.target);
      } else {
        m.addedNodes.forEach(scan);
      }
    });
  }).observe(document.documentElement, {subtree: true, childList: true, attributes: true, attributeFilter: ['href']});
})();
