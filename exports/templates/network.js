// Draws the whole-graph network from the embedded JSON: positions are precomputed and
// physics is off, so the first draw is the final one. Titles are strings, which vis-network
// shows as plain text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("net-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("network"), { nodes: nodes, edges: edges }, data.options);
  network.once("afterDrawing", function () { document.body.setAttribute("data-drawn", "yes"); });
  window.agNetwork = network;
})();
