// The admin page's running job: polls its JSON every second and moves the progress bar; reloads the page when the
// job ends, so the index versions and the job list show the outcome. Without this script the page reloads itself.
(function () {
  'use strict';
  var job = document.querySelector('[data-status-url]');
  if (!job || !window.fetch) { return; }
  var url = job.getAttribute('data-status-url');
  var bar = job.querySelector('progress');
  var unit = job.querySelector('[data-job=progress]').textContent.indexOf('files') >= 0 ? 'files' : 'articles';
  var failures = 0;

  function field(name, text) {
    var element = job.querySelector('[data-job=' + name + ']');
    if (element) { element.textContent = text; }
  }

  function number(value) {
    return Math.round(value).toLocaleString('en-US');
  }

  function duration(seconds) {
    if (seconds < 60) { return seconds + ' s'; }
    if (seconds < 3600) { return Math.floor(seconds / 60) + ' min ' + (seconds % 60) + ' s'; }
    return Math.floor(seconds / 3600) + ' h ' + Math.floor(seconds % 3600 / 60) + ' min';
  }

  function show(status) {
    if (status.state !== 'running') {
      window.location.reload();
      return;
    }
    bar.max = Math.max(status.total, 1);
    bar.value = status.done;
    field('progress', number(status.done) + ' of ' + number(status.total) + ' ' + unit);
    field('rate', number(status.docsPerSecond) + ' ' + unit + ' per second');
    field('eta', status.etaSeconds === null ? '' : 'about ' + duration(status.etaSeconds) + ' left');
    field('failed', status.failed > 0 ? number(status.failed) + ' failed' : '');
    setTimeout(poll, 1000);
  }

  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('status ' + response.status); }
        return response.json();
      })
      .then(function (status) { failures = 0; show(status); })
      .catch(function () {
        // A lost session or a restarting app: try a few times, then let a reload show what the server says.
        if (++failures >= 5) { window.location.reload(); } else { setTimeout(poll, 2000); }
      });
  }

  setTimeout(poll, 1000);
}());
