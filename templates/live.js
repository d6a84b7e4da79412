/* planverksted live page: the room's countdown and the facilitator's day.
 *
 * Everything is drawn from the schedule embedded as JSON in the element #live-data.
 * No framework, no build step, nothing fetched. Four parts:
 *
 *   1. Timing: what runs at a moment. These functions mirror
 *      src/planverksted/timing/running.py one to one (same names in camelCase, same data);
 *      a browser test holds them to the Python answers. Change both together.
 *   2. Clock and state: the clock (the real one, or ?now= held still), and the offset
 *      (how many seconds the room runs behind the plan) with the pause, kept in
 *      localStorage per workshop and day so that a reload keeps them.
 *   3. Drawing: the room view (projector) and the facilitator view, from the state.
 *   4. Controls: buttons and keys that move the offset.
 *
 * Times are seconds after midnight ("t"); the plan's own times are minutes.
 */
(function () {
  "use strict";

  var MINUTE = 60;
  var data = JSON.parse(document.getElementById("live-data").textContent);
  var words = data.labels;

  /* ---- 1. Timing (mirrors planverksted.timing.running) ---- */

  /** Steps cut at their container's end; a step that starts after it is dropped. */
  function clipSteps(steps, end) {
    return steps
      .filter(function (step) { return step.start < end; })
      .map(function (step) {
        return Object.assign({}, step, { end: Math.min(step.end, end) });
      });
  }

  /** The day as the room sees it: without blocks and parts marked facilitator_only. */
  function forRoom(day) {
    var blocks = day.blocks
      .filter(function (block) { return !block.facilitator_only; })
      .map(function (block) {
        var parts = block.parts.filter(function (part) { return !part.facilitator_only; });
        return Object.assign({}, block, { parts: parts });
      });
    return Object.assign({}, day, { blocks: blocks });
  }

  function dayStart(day) {
    return Math.min.apply(null, day.blocks.map(function (b) { return b.start; }));
  }

  function dayEnd(day) {
    return Math.max.apply(null, day.blocks.map(function (b) { return b.end; }));
  }

  /** The item running at t: of those that contain it, the one that started last. */
  function containing(items, t) {
    var found = null;
    items.forEach(function (item, index) {
      if (item.start * MINUTE <= t && t < item.end * MINUTE &&
          (found === null || item.start > items[found].start)) {
        found = index;
      }
    });
    return found;
  }

  /** The moment at plan time t: phase, indices of block, part, step, and unit_end. */
  function stateAt(day, t) {
    var moment = { phase: "before", block: null, part: null, step: null, unit_end: null };
    if (!day.blocks.length || t < dayStart(day) * MINUTE) {
      moment.unit_end = day.blocks.length ? dayStart(day) * MINUTE : null;
      return moment;
    }
    if (t >= dayEnd(day) * MINUTE) {
      moment.phase = "after";
      return moment;
    }
    var blockIndex = containing(day.blocks, t);
    if (blockIndex === null) {
      var later = day.blocks
        .filter(function (b) { return b.start * MINUTE > t; })
        .map(function (b) { return b.start; });
      moment.phase = "gap";
      moment.unit_end = Math.min.apply(null, later) * MINUTE;
      return moment;
    }
    var block = day.blocks[blockIndex];
    var partIndex = containing(block.parts, t);
    var part = partIndex !== null ? block.parts[partIndex] : null;
    var end = part ? part.end : block.end;
    var steps = clipSteps(part ? part.steps : block.steps, end);
    var stepIndex = containing(steps, t);
    if (stepIndex !== null) end = steps[stepIndex].end;
    moment.phase = "running";
    moment.block = blockIndex;
    moment.part = partIndex;
    moment.step = stepIndex;
    moment.unit_end = end * MINUTE;
    return moment;
  }

  /** Every moment where a new unit begins, and the end of the day; not the start of a gap. */
  function boundaries(day) {
    var found = {};
    function addInside(items, end) {
      items.forEach(function (item) {
        if (item.start < end) found[item.start] = true;
        if (item.end < end) found[item.end] = true;
      });
    }
    day.blocks.forEach(function (block) {
      found[block.start] = true;
      addInside(block.parts, block.end);
      addInside(clipSteps(block.steps, block.end), block.end);
      block.parts.forEach(function (part) {
        addInside(clipSteps(part.steps, part.end), part.end);
      });
    });
    if (day.blocks.length) found[dayEnd(day)] = true;
    return Object.keys(found)
      .map(function (minutes) { return Number(minutes) * MINUTE; })
      .sort(function (a, b) { return a - b; });
  }

  /** The next boundary after t: where "next" moves the plan to. */
  function nextStart(day, t) {
    var later = boundaries(day).filter(function (b) { return b > t; });
    return later.length ? later[0] : null;
  }

  /** The start of the unit before this one (in a gap or after the end: the last one). */
  function previousStart(day, t) {
    var earlier = boundaries(day).filter(function (b) { return b <= t; });
    if (!earlier.length) return null;
    if (stateAt(day, t).phase === "gap" || earlier.length === 1) {
      return earlier[earlier.length - 1];
    }
    return earlier[earlier.length - 2];
  }

  /** Plan time: the clock (or the clock when paused) minus the offset. */
  function planTime(clock, offset, pausedAt) {
    return (pausedAt !== null ? pausedAt : clock) - offset;
  }

  /** The offset that puts the plan at target now. */
  function offsetTo(target, clock, pausedAt) {
    return (pausedAt !== null ? pausedAt : clock) - target;
  }

  /** The offset after a pause: the time the clock stood still is added to it. */
  function resume(offset, clock, pausedAt) {
    return offset + (clock - pausedAt);
  }

  /** Seconds as whole minutes, half a minute rounded away from zero. */
  function wholeMinutes(seconds) {
    var sign = seconds < 0 ? -1 : 1;
    return sign * Math.floor(Math.abs(seconds) / MINUTE + 0.5);
  }

  /** The day a date ("2024-04-18") falls on, and a phase that overrides the clock. */
  function pickDay(days, date) {
    var dated = [];
    days.forEach(function (day, index) { if (day.date) dated.push([day.date, index]); });
    if (date === null || !dated.length) return [0, null];
    var i;
    for (i = 0; i < dated.length; i++) if (dated[i][0] === date) return [dated[i][1], null];
    for (i = 0; i < dated.length; i++) if (dated[i][0] > date) return [dated[i][1], "before"];
    return [dated[dated.length - 1][1], "after"];
  }

  function expectedEnd(day, offset) {
    return dayEnd(day) * MINUTE + offset;
  }

  /** What running late pushes: breaks still to come, and the planned end. */
  function collisions(day, t, offset) {
    if (!day.blocks.length || wholeMinutes(offset) <= 0 || t >= dayEnd(day) * MINUTE) return [];
    var found = [];
    day.blocks.forEach(function (block, index) {
      if (data.break_kinds.indexOf(block.kind) >= 0 && block.start * MINUTE > t) {
        found.push({ what: "break", block: index, planned: block.start * MINUTE,
                     expected: block.start * MINUTE + offset });
      }
    });
    var end = expectedEnd(day, offset);
    if (day.planned_end !== null && wholeMinutes(end - day.planned_end * MINUTE) > 0) {
      found.push({ what: "end", block: null, planned: day.planned_end * MINUTE, expected: end });
    }
    return found;
  }

  /** Time left as m:ss (h:mm:ss from an hour), counting down whole seconds. */
  function formatCountdown(seconds) {
    var whole = Math.max(Math.ceil(seconds), 0);
    var hours = Math.floor(whole / 3600);
    var minutes = Math.floor((whole % 3600) / 60);
    var secs = whole % 60;
    var ss = (secs < 10 ? "0" : "") + secs;
    if (hours) return hours + ":" + (minutes < 10 ? "0" : "") + minutes + ":" + ss;
    return minutes + ":" + ss;
  }

  /* ---- 2. Clock and state ---- */

  var params = new URLSearchParams(location.search);

  /** ?now=13:57, 13.57, 13:57:30 or 2024-04-18T13:57: the clock held still there. */
  function fixedClock() {
    var text = params.get("now");
    if (!text) return null;
    var match = /^(?:(\d{4}-\d{2}-\d{2})[T ])?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(text.trim());
    if (!match) return null;
    return {
      date: match[1] || null,
      seconds: Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4] || 0)
    };
  }

  var fixed = fixedClock();

  function clock() {
    if (fixed) return fixed;
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return {
      date: now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate()),
      seconds: now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds() +
        now.getMilliseconds() / 1000
    };
  }

  /** Which day to show: by the clock's date; ?day=2 picks one when there is no date. */
  function chooseDay(now) {
    var picked = pickDay(data.days, now.date);
    var asked = Number(params.get("day"));
    if ((now.date === null || !data.days.some(function (d) { return d.date; })) &&
        asked >= 1 && asked <= data.days.length) {
      picked = [asked - 1, null];
    }
    return { index: picked[0], override: picked[1] };
  }

  function storeKey(index) {
    var day = data.days[index];
    return data.store + "|" + (day.date || "day " + (index + 1));
  }

  function loadState(index) {
    try {
      var saved = JSON.parse(localStorage.getItem(storeKey(index)) || "null");
      if (saved && typeof saved.offset === "number") {
        return { offset: saved.offset,
                 paused_at: typeof saved.paused_at === "number" ? saved.paused_at : null };
      }
    } catch (error) { /* no storage (private mode) or a broken value: start from the plan */ }
    return { offset: 0, paused_at: null };
  }

  function saveState(index, state) {
    try {
      if (state.offset === 0 && state.paused_at === null) {
        localStorage.removeItem(storeKey(index));
      } else {
        localStorage.setItem(storeKey(index), JSON.stringify(state));
      }
    } catch (error) { /* storage refused: the state lasts until the page is closed */ }
  }

  /* ---- 3. Drawing ---- */

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) {
      return key in values ? values[key] : all;
    });
  }

  /** A time of day from minutes: 13.05 in Norwegian, 13:05 in English. */
  function formatClock(minutes) {
    var m = ((minutes % 1440) + 1440) % 1440;
    var hours = Math.floor(m / 60);
    var mins = m % 60;
    return (hours < 10 ? "0" : "") + hours + (data.lang === "en" ? ":" : ".") +
      (mins < 10 ? "0" : "") + mins;
  }

  function clockAt(seconds) {
    return formatClock(Math.floor(seconds / MINUTE + 0.5));
  }

  function rangeAt(startSeconds, endSeconds) {
    return clockAt(startSeconds) + "–" + clockAt(endSeconds);
  }

  function byId(id) { return document.getElementById(id); }

  function setText(id, text) {
    var element = byId(id);
    if (element.textContent !== text) element.textContent = text;
  }

  function show(id, visible) {
    byId(id).hidden = !visible;
  }

  /** The block, part and step of a moment, as objects. */
  function unitsOf(day, moment) {
    var block = moment.block !== null ? day.blocks[moment.block] : null;
    var part = block && moment.part !== null ? block.parts[moment.part] : null;
    var container = part || block;
    var steps = container ? clipSteps(container.steps, container.end) : [];
    var step = moment.step !== null ? steps[moment.step] : null;
    return { block: block, part: part, step: step, steps: steps };
  }

  /** The most specific title of what runs at t ("Dele rundt bordet"). */
  function titleAt(day, t) {
    var units = unitsOf(day, stateAt(day, t));
    var unit = units.step || units.part || units.block;
    return unit ? unit.title : "";
  }

  function drawRoom(view) {
    var day = forRoom(view.day);
    var now = view.t;
    var offset = view.state.offset;
    var moment = view.override ? { phase: view.override } : stateAt(day, now);
    var context = "", title = "", step = "", time = "", left = "", next = "";
    var questions = null;
    if (!day.blocks.length) {
      moment = { phase: "after" };
    }
    if (moment.phase === "before") {
      var start = dayStart(day) * MINUTE + offset;
      title = view.override
        ? fill(words.starts_on, { date: view.day.date_text, time: clockAt(start) })
        : fill(words.starts_at, { time: clockAt(start) });
      context = data.title;
      if (!view.override) {
        time = formatCountdown(moment.unit_end - now);
        left = words.until_start;
      }
      next = fill(words.next_at, { time: clockAt(dayStart(day) * MINUTE + offset),
        title: titleAt(day, dayStart(day) * MINUTE) });
    } else if (moment.phase === "gap") {
      context = words.next;
      title = titleAt(day, moment.unit_end);
      step = fill(words.at, { time: clockAt(moment.unit_end + offset) });
      time = formatCountdown(moment.unit_end - now);
      left = words.until_start;
    } else if (moment.phase === "running") {
      var units = unitsOf(day, moment);
      var main = units.part || units.block;
      context = units.part ? units.block.title : (units.block.kind_label || "");
      title = main.title;
      if (units.step) {
        step = units.step.title + " · " +
          fill(words.step_of, { n: moment.step + 1, m: units.steps.length });
      }
      time = formatCountdown(moment.unit_end - now);
      left = words.left;
      if (main.questions.length) questions = main;
      var after = nextStart(day, now);
      if (after !== null && after < dayEnd(day) * MINUTE) {
        next = fill(words.next_at, { time: clockAt(after + offset), title: titleAt(day, after) });
      }
    } else {
      title = words.done;
      var following = data.days[view.index + 1];
      if (following && following.blocks.length) {
        var room = forRoom(following);
        if (room.blocks.length) {
          step = fill(words.continues, {
            date: following.date_text || following.label,
            time: formatClock(dayStart(room))
          });
        }
      }
    }
    setText("room-context", context);
    setText("room-now", title);
    setText("room-step", step);
    setText("room-time", time);
    setText("room-left", left);
    setText("room-next", next);
    show("room-step", step !== "");
    show("room-countdown", time !== "");
    show("room-next", next !== "");
    show("room-questions", questions !== null);
    byId("room").classList.toggle("with-questions", questions !== null);
    if (questions) {
      setText("room-questions-title", questions.questions_title || words.questions);
      var list = byId("room-question-list");
      var key = JSON.stringify(questions.questions);
      if (list.dataset.key !== key) {
        list.textContent = "";
        questions.questions.forEach(function (text) {
          var item = document.createElement("li");
          item.textContent = text;
          list.appendChild(item);
        });
        list.dataset.key = key;
      }
    }
  }

  /** The facilitator's table: one row per block, part and step, built once per day. */
  function buildRows(day) {
    var body = byId("fac-rows");
    body.textContent = "";
    var rows = [];
    function cell(row, text, className) {
      var td = document.createElement("td");
      if (className) td.className = className;
      td.textContent = text || "";
      row.appendChild(td);
      return td;
    }
    function addRow(item, level, path, note) {
      var row = document.createElement("tr");
      row.className = "level-" + level + (item.kind ? " kind-" + item.kind : "");
      cell(row, formatClock(item.start) + "–" + formatClock(item.end), "plan");
      var expected = cell(row, "", "expected");
      var what = cell(row, "", "what");
      var marker = document.createElement("span");
      marker.className = "marker";
      what.appendChild(marker);
      var title = document.createElement("span");
      title.className = "title";
      title.textContent = item.title;
      what.appendChild(title);
      var extra = [item.kind_label, item.method, item.facilitator_only ? words.facilitator_only : ""];
      extra = extra.filter(function (text) { return text; });
      if (extra.length) {
        var small = document.createElement("span");
        small.className = "detail";
        small.textContent = extra.join(" · ");
        what.appendChild(small);
      }
      cell(row, item.who, "who");
      cell(row, note, "notes");
      body.appendChild(row);
      rows.push({ element: row, expected: expected, marker: marker, item: item, path: path });
    }
    day.blocks.forEach(function (block, b) {
      addRow(block, 0, [b, null, null], block.notes);
      clipSteps(block.steps, block.end).forEach(function (step, s) {
        addRow(step, 1, [b, null, s], step.note);
      });
      block.parts.forEach(function (part, p) {
        addRow(part, 1, [b, p, null], part.notes);
        clipSteps(part.steps, part.end).forEach(function (step, s) {
          addRow(step, 2, [b, p, s], step.note);
        });
      });
    });
    return rows;
  }

  var built = { index: null, rows: [] };

  function drawFacilitator(view) {
    var day = view.day;
    var offset = view.state.offset;
    if (built.index !== view.index) {
      built = { index: view.index, rows: buildRows(day) };
      setText("fac-heading", data.days.length > 1 ? view.day.heading : data.title);
    }
    var t = view.override === "before" ? -Infinity
      : view.override === "after" ? Infinity : view.t;
    var moment = view.override ? { phase: view.override } : stateAt(day, t);
    var current = moment.phase === "running"
      ? [moment.block, moment.part, moment.step] : [null, null, null];
    var pushed = {};
    var warnings = [];
    collisions(day, t, offset).forEach(function (found) {
      var text;
      if (found.what === "break") {
        pushed[found.block] = true;
        text = fill(words.pushed, { title: day.blocks[found.block].title,
          planned: clockAt(found.planned), expected: clockAt(found.expected) });
      } else {
        text = fill(words.past_end, { n: wholeMinutes(found.expected - found.planned),
          time: clockAt(found.planned) });
      }
      warnings.push(words.warning + ": " + text);
    });
    built.rows.forEach(function (row) {
      var path = row.path;
      var isCurrent = moment.phase === "running" && path[0] === current[0] &&
        path[1] === current[1] && path[2] === current[2];
      var within = moment.phase === "running" && path[0] === current[0];
      var later = row.item.end * MINUTE > t;
      if (isCurrent) {
        row.element.setAttribute("aria-current", "true");
      } else {
        row.element.removeAttribute("aria-current");
      }
      row.element.classList.toggle("running", within);
      row.element.classList.toggle("past", !later);
      var late = path[1] === null && path[2] === null && pushed[path[0]];
      row.element.classList.toggle("late", !!late);
      var expected = later && Number.isFinite(t)
        ? rangeAt(row.item.start * MINUTE + offset, row.item.end * MINUTE + offset) : "";
      if (late) expected = "⚠ " + expected;
      if (row.expected.textContent !== expected) row.expected.textContent = expected;
      var marker = isCurrent ? "▶ " + words.now + ": " : "";
      if (row.marker.textContent !== marker) row.marker.textContent = marker;
    });
    var nowLine = "";
    if (moment.phase === "running") {
      var units = unitsOf(day, moment);
      var unit = units.step || units.part || units.block;
      nowLine = words.now + ": " + unit.title + " – " +
        formatCountdown(moment.unit_end - t) + " " + words.left;
    } else if (moment.phase === "gap" || (moment.phase === "before" && !view.override)) {
      nowLine = fill(words.next_at, { time: clockAt(moment.unit_end + offset),
        title: titleAt(day, moment.unit_end) }) + " – " +
        formatCountdown(moment.unit_end - t) + " " + words.until_start;
    }
    setText("fac-now", nowLine);
    show("fac-now", nowLine !== "");
    var minutes = wholeMinutes(offset);
    var status = moment.phase === "after" ? words.finished
      : minutes > 0 ? fill(words.behind, { n: minutes })
      : minutes < 0 ? fill(words.ahead, { n: -minutes }) : words.on_time;
    if (view.state.paused_at !== null) status += " · " + words.paused;
    setText("fac-offset", status);
    var planned = day.planned_end !== null ? day.planned_end : dayEnd(day);
    setText("fac-end", fill(words.expected_end, {
      expected: clockAt(expectedEnd(day, offset)), planned: formatClock(planned) }));
    var list = byId("fac-warnings");
    var key = JSON.stringify(warnings);
    if (list.dataset.key !== key) {
      list.textContent = "";
      warnings.forEach(function (text) {
        var item = document.createElement("li");
        item.textContent = "⚠ " + text;
        list.appendChild(item);
      });
      list.dataset.key = key;
    }
    show("fac-warnings", warnings.length > 0);
  }

  /* ---- 4. Controls ---- */

  var facilitatorView = params.get("view") === "facilitator";
  var lastView = null;

  function currentView() {
    var now = clock();
    var chosen = chooseDay(now);
    var state = loadState(chosen.index);
    return {
      index: chosen.index,
      day: data.days[chosen.index],
      override: chosen.override,
      clock: now.seconds,
      state: state,
      t: planTime(now.seconds, state.offset, state.paused_at)
    };
  }

  function draw() {
    var view = currentView();
    lastView = view;
    setText("clock", formatClock(Math.floor(view.clock / MINUTE)));
    document.body.className = facilitatorView ? "view-facilitator" : "view-room";
    show("room", !facilitatorView);
    show("facilitator", facilitatorView);
    setText("toggle-view", facilitatorView ? words.room_view : words.facilitator_view);
    setText("pause", view.state.paused_at !== null ? words.resume_clock : words.pause_clock);
    if (facilitatorView) drawFacilitator(view); else drawRoom(view);
  }

  /** The day the keys move through: what the current view shows. */
  function steeredDay(view) {
    return facilitatorView ? view.day : forRoom(view.day);
  }

  function change(update) {
    var view = currentView();
    if (view.override) return;  // another day than the workshop's: nothing to steer
    var state = update(view, view.state);
    saveState(view.index, state);
    draw();
  }

  var actions = {
    next: function () {
      change(function (view, state) {
        var target = nextStart(steeredDay(view), view.t);
        if (target === null) return state;
        return { offset: offsetTo(target, view.clock, state.paused_at), paused_at: state.paused_at };
      });
    },
    previous: function () {
      change(function (view, state) {
        var target = previousStart(steeredDay(view), view.t);
        if (target === null) return state;
        return { offset: offsetTo(target, view.clock, state.paused_at), paused_at: state.paused_at };
      });
    },
    plus: function () {
      change(function (view, state) {
        return { offset: state.offset + MINUTE, paused_at: state.paused_at };
      });
    },
    minus: function () {
      change(function (view, state) {
        return { offset: state.offset - MINUTE, paused_at: state.paused_at };
      });
    },
    pause: function () {
      change(function (view, state) {
        if (state.paused_at === null) return { offset: state.offset, paused_at: view.clock };
        return { offset: resume(state.offset, view.clock, state.paused_at), paused_at: null };
      });
    },
    reset: function () {
      change(function () { return { offset: 0, paused_at: null }; });
    },
    toggle: function () {
      facilitatorView = !facilitatorView;
      try {
        if (facilitatorView) params.set("view", "facilitator"); else params.delete("view");
        var query = params.toString();
        history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
      } catch (error) { /* some browsers refuse it on file://: the view still switches */ }
      draw();
    }
  };

  ["next", "previous", "plus", "minus", "pause", "reset"].forEach(function (id) {
    byId(id).addEventListener("click", actions[id]);
  });
  byId("toggle-view").addEventListener("click", actions.toggle);

  var keys = {
    ArrowRight: "next", PageDown: "next", n: "next", N: "next",
    ArrowLeft: "previous", PageUp: "previous", p: "previous", P: "previous",
    "+": "plus", "=": "plus", "-": "minus", "−": "minus",
    " ": "pause", v: "toggle", V: "toggle"
  };

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var action = keys[event.key];
    if (!action) return;
    // On a focused button, space and enter press that button, as everywhere else.
    if (event.key === " " && event.target.tagName === "BUTTON") return;
    event.preventDefault();
    actions[action]();
  });

  // Another tab or window on the same page (the projector's) follows this one's changes.
  window.addEventListener("storage", draw);

  /* Keep the screen on while the page shows, where the browser can (Screen Wake Lock API). */
  var wakeLock = null;
  function keepAwake() {
    if (!navigator.wakeLock || document.visibilityState !== "visible") return;
    navigator.wakeLock.request("screen").then(function (lock) {
      wakeLock = lock;
    }, function () { /* refused (battery saver, no permission): the screen may sleep */ });
  }
  document.addEventListener("visibilitychange", keepAwake);
  keepAwake();

  draw();
  if (!fixed) setInterval(draw, 250);

  // For tests and the curious: the timing functions, and the page's present state.
  window.planverksted = {
    data: data, forRoom: forRoom, stateAt: stateAt, boundaries: boundaries,
    nextStart: nextStart, previousStart: previousStart, pickDay: pickDay,
    collisions: collisions, expectedEnd: expectedEnd, wholeMinutes: wholeMinutes,
    formatCountdown: formatCountdown, planTime: planTime,
    view: function () { return lastView; }, wakeLock: function () { return wakeLock; }
  };
})();
