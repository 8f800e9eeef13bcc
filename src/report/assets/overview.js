// The overview: sorting and filtering of the departments table, and the charts
// (ECharts, loaded from the report's own assets folder).
(function () {
  'use strict';
  var table = document.getElementById('departments');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);

  // Sorting: click a header; again to reverse. Empty cells go last either way.
  function sortValue(row, col, type) {
    var v = row.cells[col].getAttribute('data-sort');
    if (v === '') return null;
    return type === 'number' ? Number(v) : v;
  }
  var collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });
  table.tHead.addEventListener('click', function (e) {
    var th = e.target.closest('th[data-col]');
    if (!th) return;
    var col = Number(th.getAttribute('data-col'));
    var type = th.getAttribute('data-type');
    var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    table.tHead.querySelectorAll('th').forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', dir);
    var sign = dir === 'ascending' ? 1 : -1;
    rows.sort(function (a, b) {
      var x = sortValue(a, col, type), y = sortValue(b, col, type);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return sign * (type === 'number' ? x - y : collator.compare(x, y));
    });
    // One fragment: the rows move in a single change of the page, not one by one.
    var fragment = document.createDocumentFragment();
    rows.forEach(function (r) { fragment.appendChild(r); });
    body.appendChild(fragment);
  });

  // Filtering: every control narrows the rows shown.
  var text = document.getElementById('filter-text');
  var status = document.getElementById('filter-status');
  var year = document.getElementById('filter-year');
  var rule = document.getElementById('filter-rule');
  var errors = document.getElementById('filter-errors');
  var shown = document.getElementById('shown');
  function filter() {
    var words = text.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (r) {
      var ok = (!words || r.getAttribute('data-text').toLowerCase().indexOf(words) >= 0) &&
        (!status.value || r.getAttribute('data-status') === status.value) &&
        (!year.value || r.getAttribute('data-year') === year.value) &&
        (!rule.value || r.getAttribute('data-rules').split(' ').indexOf(rule.value) >= 0) &&
        (!errors.checked || Number(r.getAttribute('data-errors')) > 0);
      r.hidden = !ok;
      if (ok) count++;
    });
    shown.textContent = '显示 ' + count + ' / ' + rows.length + ' 个文件';
  }
  [text, status, year, rule, errors].forEach(function (el) {
    el.addEventListener('input', filter);
    el.addEventListener('change', filter);
  });

  // Charts: one bar chart per key metric, outliers in red, the median as a line.
  var data = document.getElementById('chart-data');
  if (!data || typeof echarts === 'undefined') return;
  var charts = JSON.parse(data.textContent);
  var instances = charts.map(function (c) {
    var el = document.getElementById('chart-' + c.metric);
    var chart = echarts.init(el, null, { renderer: 'svg' });
    var many = c.points.length > 40;
    chart.setOption({
      animation: false,
      grid: { left: 56, right: 24, top: 24, bottom: many ? 110 : 80 },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var d = c.points[p.dataIndex];
          var div = document.createElement('div');
          div.textContent = d.name + '：' + d.value + (d.outlier ? '（离群值）' : '');
          return div.innerHTML;
        }
      },
      xAxis: { type: 'category', data: c.points.map(function (p) { return p.name; }), axisLabel: { rotate: 45, interval: many ? 'auto' : 0, fontSize: 11 } },
      // Bars start at zero: a bar's length is its value (a cut axis would hide the lowest bar).
      yAxis: { type: 'value' },
      dataZoom: many ? [{ type: 'slider', bottom: 8 }, { type: 'inside' }] : [],
      series: [{
        type: 'bar',
        barMaxWidth: 48,
        data: c.points.map(function (p) {
          return { value: p.value, itemStyle: { color: p.outlier ? '#c62828' : '#5b8ff9' } };
        }),
        markLine: { symbol: 'none', silent: true, label: { position: 'insideEndTop', formatter: '中位数 ' + c.median }, lineStyle: { color: '#6b7280', type: 'dashed' }, data: [{ yAxis: Number(c.median) }] }
      }]
    });
    chart.on('click', function (p) { location.href = c.points[p.dataIndex].page; });
    return chart;
  });
  window.addEventListener('resize', function () { instances.forEach(function (i) { i.resize(); }); });
})();
