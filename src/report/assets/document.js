// A document page: when the address points at a finding, its figures in the full
// text are highlighted too, so scrolling down from the finding finds them marked.
(function () {
  'use strict';
  function mark() {
    document.querySelectorAll('mark.fig.active').forEach(function (m) { m.classList.remove('active'); });
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || !target.classList.contains('finding')) return;
    (target.getAttribute('data-figures') || '').split(' ').forEach(function (f) {
      var m = f && document.getElementById(f);
      if (m) m.classList.add('active');
    });
  }
  window.addEventListener('hashchange', mark);
  mark();
})();
