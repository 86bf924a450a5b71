// Draws the report's charts from the JSON in #report-data. When all three have rendered, each chart
// element gets data-rendered="true" and data-rect="x,y,width,height" (page pixels), <body> gets
// data-rendered="true" and the title ends in "(rendered)": the screenshot test reads these.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var ids = ['chart-years', 'chart-diseases', 'chart-network'];
  var pending = ids.length;
  var palette = ['#3b6ea5', '#e07b39', '#3a9d5d', '#c0392b', '#8e6bbf', '#8c6d31', '#d36fa8', '#6b7280'];

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }
  function nameOf(concept) {
    return concept.label || concept.surfaceForm || concept.curie;
  }
  function shortName(concept) {
    var name = nameOf(concept);
    return name.length > 30 ? name.substring(0, 29) + '…' : name;
  }
  function rendered(id) {
    var el = document.getElementById(id);
    if (el.getAttribute('data-rendered')) return;
    var r = el.getBoundingClientRect();
    el.setAttribute('data-rect', [Math.round(r.left + window.scrollX), Math.round(r.top + window.scrollY),
      Math.round(r.width), Math.round(r.height)].join(','));
    el.setAttribute('data-rendered', 'true');
    if (--pending === 0) {
      document.body.setAttribute('data-rendered', 'true');
      document.title = document.title + ' (rendered)';
    }
  }
  function draw(id, option, empty) {
    var chart = echarts.init(document.getElementById(id), null, {renderer: 'canvas'});
    chart.on('finished', function () { rendered(id); });
    if (empty) {
      option = {animation: false, title: {text: 'no data', left: 'center', top: 'middle', textStyle: {color: '#9ca3af'}}};
    }
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  var years = data.stats.papersPerYear;
  draw('chart-years', {
    animation: false,
    tooltip: {trigger: 'axis', formatter: function (p) { return esc(p[0].name) + ': ' + esc(p[0].value) + ' papers'; }},
    grid: {left: 60, right: 20, top: 30, bottom: 40},
    xAxis: {type: 'category', data: years.map(function (y) { return y.year === null ? 'no date' : String(y.year); })},
    yAxis: {type: 'value', name: 'papers', minInterval: 1},
    series: [{type: 'bar', data: years.map(function (y) { return y.papers; }), itemStyle: {color: palette[0]},
      barMaxWidth: 60, label: {show: years.length <= 30, position: 'top'}}]
  }, years.length === 0);

  var diseases = data.topDiseases.slice().reverse(); // the category axis runs bottom-up: most mentioned on top
  draw('chart-diseases', {
    animation: false,
    tooltip: {trigger: 'axis', formatter: function (p) {
      var c = diseases[p[0].dataIndex];
      return esc(nameOf(c)) + ' (' + esc(c.curie) + ')<br>' + esc(c.mentions) + ' mentions in ' + esc(c.papers) + ' papers';
    }},
    grid: {left: 220, right: 50, top: 10, bottom: 45},
    xAxis: {type: 'value', name: 'mentions', nameLocation: 'middle', nameGap: 28, minInterval: 1},
    yAxis: {type: 'category', data: diseases.map(nameOf), axisLabel: {width: 200, overflow: 'truncate'}},
    series: [{type: 'bar', data: diseases.map(function (c) { return c.mentions; }), itemStyle: {color: palette[1]},
      barMaxWidth: 28, label: {show: true, position: 'right'}}]
  }, diseases.length === 0);

  var nodes = data.network.nodes;
  // nodes coloured by entity type (Disease, Chemical, …), the legend in order of first appearance
  var types = [];
  function typeOf(c) { return c.entityType || 'no type'; }
  nodes.forEach(function (c) { if (types.indexOf(typeOf(c)) < 0) types.push(typeOf(c)); });
  var maxMentions = Math.max.apply(null, nodes.map(function (c) { return c.mentions; }).concat([1]));
  var maxPapers = Math.max.apply(null, data.network.links.map(function (l) { return l.papers; }).concat([1]));
  draw('chart-network', {
    animation: false,
    color: palette,
    legend: {data: types, orient: 'vertical', left: 0, top: 0},
    tooltip: {formatter: function (p) {
      if (p.dataType === 'edge') {
        return esc(nameOf(nodes[p.data.source])) + ' — ' + esc(nameOf(nodes[p.data.target])) + ': ' + esc(p.data.value) + ' papers';
      }
      var c = nodes[p.dataIndex];
      return esc(nameOf(c)) + ' (' + esc(c.curie) + ')<br>' + esc(c.mentions) + ' mentions in ' + esc(c.papers) + ' papers';
    }},
    series: [{
      type: 'graph',
      layout: 'circular',
      circular: {rotateLabel: true},
      top: 110, bottom: 130, left: 170, right: 170,
      categories: types.map(function (t) { return {name: t}; }),
      data: nodes.map(function (c, i) {
        return {id: String(i), name: shortName(c), value: c.mentions, category: types.indexOf(typeOf(c)),
          symbolSize: 10 + 30 * Math.sqrt(c.mentions / maxMentions)};
      }),
      links: data.network.links.map(function (l) {
        return {source: String(l.source), target: String(l.target), value: l.papers,
          lineStyle: {width: 1 + 7 * l.papers / maxPapers}};
      }),
      label: {show: true, position: 'right', color: '#1f2937'},
      lineStyle: {color: '#9ca3af', opacity: 0.7, curveness: 0.2}
    }]
  }, nodes.length === 0);
})();
