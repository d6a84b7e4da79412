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

  // What is worked out once per object: a day of thousands of blocks is looked up
  // thousands of times (to find its boundaries), each time in a few steps.
  var reachCache = new WeakMap();
  var lookupCache = new WeakMap();

  /** Where an item stops running (minutes): its end, or later where its method or parts run on. */
  function reach(item) {
    var cached = reachCache.get(item);
    if (cached !== undefined) return cached;
    var end = item.end;
    (item.steps || []).forEach(function (step) { end = Math.max(end, step.end); });
    (item.parts || []).forEach(function (part) { end = Math.max(end, reach(part)); });
    reachCache.set(item, end);
    return end;
  }

  /** A list in the order of its starts, with the furthest reach so far (mirrors _Lookup). */
  function lookupOf(items) {
    var cached = lookupCache.get(items);
    if (cached) return cached;
    var order = items.map(function (item, index) { return index; });
    order.sort(function (a, b) { return items[a].start - items[b].start || a - b; });
    var furthest = -Infinity;
    var lookup = {
      order: order,
      starts: order.map(function (index) { return items[index].start; }),
      reach: order.map(function (index) {
        furthest = Math.max(furthest, reach(items[index]));
        return furthest;
      })
    };
    lookupCache.set(items, lookup);
    return lookup;
  }

  /** How many of the sorted numbers are at most value. */
  function countUpTo(numbers, value) {
    var low = 0, high = numbers.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (numbers[middle] <= value) low = middle + 1; else high = middle;
    }
    return low;
  }

  /** The item running at t, looking only at those that start by t and reach past it. */
  function lookUp(items, t) {
    var lookup = lookupOf(items);
    var found = [];
    var position = countUpTo(lookup.starts, t / MINUTE) - 1;
    while (position >= 0 && lookup.reach[position] * MINUTE > t) {
      found.push(lookup.order[position]);
      position -= 1;
    }
    found.sort(function (a, b) { return a - b; });
    return containing(items, t, found);
  }

  /** The first start after t (minutes), or null. */
  function nextStartOf(items, t) {
    var starts = lookupOf(items).starts;
    var position = countUpTo(starts, t / MINUTE);
    while (position > 0 && starts[position - 1] * MINUTE > t) position -= 1;
    while (position < starts.length && starts[position] * MINUTE <= t) position += 1;
    return position < starts.length ? starts[position] : null;
  }

  /** Minutes an item runs past its own end. */
  function overrun(item) {
    return reach(item) - item.end;
  }

  var roomCache = new WeakMap();

  /** The day as the room sees it: without blocks and parts marked facilitator_only. */
  function forRoom(day) {
    var cached = roomCache.get(day);
    if (cached) return cached;
    var blocks = day.blocks
      .filter(function (block) { return !block.facilitator_only; })
      .map(function (block) {
        var parts = block.parts.filter(function (part) { return !part.facilitator_only; });
        return Object.assign({}, block, { parts: parts });
      });
    var room = Object.assign({}, day, { blocks: blocks });
    roomCache.set(day, room);
    return room;
  }

  function dayStart(day) {
    return lookupOf(day.blocks).starts[0];
  }

  function dayEnd(day) {
    var furthest = lookupOf(day.blocks).reach;
    return furthest[furthest.length - 1];
  }

  /** The item running at t (of those at the indices among): one running on past its end
   *  first, else the last one started. */
  function containing(items, t, among) {
    var inTime = null, runningOn = null;
    among.forEach(function (index) {
      var item = items[index];
      if (item.start * MINUTE <= t && t < item.end * MINUTE) {
        if (inTime === null || item.start > items[inTime].start) inTime = index;
      } else if (item.end * MINUTE <= t && t < reach(item) * MINUTE &&
                 (runningOn === null || item.start < items[runningOn].start)) {
        runningOn = index;
      }
    });
    return runningOn !== null ? runningOn : inTime;
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
    var blockIndex = lookUp(day.blocks, t);
    if (blockIndex === null) {
      moment.phase = "gap";
      moment.unit_end = nextStartOf(day.blocks, t) * MINUTE;
      return moment;
    }
    var block = day.blocks[blockIndex];
    var partIndex = lookUp(block.parts, t);
    var container = partIndex !== null ? block.parts[partIndex] : block;
    var stepIndex = lookUp(container.steps, t);
    var end;
    if (stepIndex !== null) {
      end = container.steps[stepIndex].end;
    } else {
      end = t < container.end * MINUTE ? container.end : reach(container);
      // Alone for now: until its own next part or step begins.
      [nextStartOf(container.steps, t),
       partIndex === null ? nextStartOf(block.parts, t) : null].forEach(function (start) {
        if (start !== null) end = Math.min(end, start);
      });
    }
    moment.phase = "running";
    moment.block = blockIndex;
    moment.part = partIndex;
    moment.step = stepIndex;
    moment.unit_end = end * MINUTE;
    return moment;
  }

  function sameUnit(a, b) {
    return a.phase === b.phase && a.block === b.block && a.part === b.part && a.step === b.step;
  }

  // A day's boundaries are asked for many times a second: worked out once per day object.
  var boundaryCache = new WeakMap();

  /** Every moment where what runs changes, and the end of the day; not the start of a gap. */
  function boundaries(day) {
    var cached = boundaryCache.get(day);
    if (cached) return cached;
    var found = {};
    function add(item) {
      found[item.start] = true;
      found[item.end] = true;
      found[reach(item)] = true;
    }
    day.blocks.forEach(function (block) {
      add(block);
      block.parts.forEach(add);
      block.steps.forEach(add);
      block.parts.forEach(function (part) { part.steps.forEach(add); });
    });
    var kept = Object.keys(found)
      .map(function (minutes) { return Number(minutes) * MINUTE; })
      .sort(function (a, b) { return a - b; })
      .filter(function (seconds) {
        var moment = stateAt(day, seconds);
        return moment.phase !== "gap" && !sameUnit(moment, stateAt(day, seconds - 1));
      });
    boundaryCache.set(day, kept);
    return kept;
  }

  /** The next boundary after t: where "next" moves the plan to. */
  function nextStart(day, t) {
    var found = boundaries(day);
    var position = countUpTo(found, t);
    return position < found.length ? found[position] : null;
  }

  /** Where the room's "next" line points: the next boundary that starts something new. */
  function nextShown(day, t) {
    var now = stateAt(day, t);
    var found = boundaries(day);
    for (var position = countUpTo(found, t); position < found.length; position++) {
      var then = stateAt(day, found[position]);
      if (!(then.step === null && then.block === now.block && then.part === now.part)) {
        return found[position];
      }
    }
    return null;
  }

  /** The start of the unit before this one (in a gap or after the end: the last one). */
  function previousStart(day, t) {
    var found = boundaries(day);
    var count = countUpTo(found, t);
    if (!count) return null;
    if (stateAt(day, t).phase === "gap" || count === 1) return found[count - 1];
    return found[count - 2];
  }

  /** The clock (or the clock at the pause) minus the offset: the plan time without a hold. */
  function runningTime(clock, state) {
    return (state.paused_at !== null ? state.paused_at : clock) - state.offset;
  }

  /** The plan time: the running time, or the hold +1 min left. */
  function planTime(clock, state) {
    var running = runningTime(clock, state);
    return state.held === null ? running : Math.max(running, state.held);
  }

  /** The offset that puts the plan at target now. */
  function offsetTo(target, clock, pausedAt) {
    return (pausedAt !== null ? pausedAt : clock) - target;
  }

  /** The offset after a pause: the time the clock stood still is added to it. */
  function resume(offset, clock, pausedAt) {
    return offset + (clock - pausedAt);
  }

  function makeState(offset, pausedAt, held) {
    return { offset: offset, paused_at: pausedAt, held: held };
  }

  /** The state after a key (next, previous, plus, minus, pause, reset). */
  function press(day, state, clock, action) {
    var t = planTime(clock, state);
    if (action === "next" || action === "previous") {
      var target = (action === "next" ? nextStart : previousStart)(day, t);
      if (target === null) return state;
      return makeState(offsetTo(target, clock, state.paused_at), state.paused_at, null);
    }
    var moment = stateAt(day, t);
    if (action === "plus") {
      return makeState(state.offset + MINUTE, state.paused_at,
                       moment.phase !== "after" ? t : null);
    }
    if (action === "minus") {
      var to = runningTime(clock, state) + MINUTE;
      if (moment.unit_end !== null) to = Math.min(to, moment.unit_end);
      var held = state.held !== null && state.held > to ? state.held : null;
      return makeState(offsetTo(to, clock, state.paused_at), state.paused_at, held);
    }
    if (action === "pause") {
      if (state.paused_at === null) return makeState(state.offset, clock, state.held);
      return makeState(resume(state.offset, clock, state.paused_at), null, state.held);
    }
    return makeState(0, null, null);
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

  /** ?now=13:57, 13.57, 13:57:30 or 2024-04-18T13:57: the clock held still there.
   *  A time or date that cannot be (25:00, 13:60, 2024-02-30) is no ?now=: the real clock. */
  function fixedClock() {
    var text = params.get("now");
    if (!text) return null;
    var match = /^(?:(\d{4})-(\d{2})-(\d{2})[T ])?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(text.trim());
    if (!match) return null;
    var hours = Number(match[4]), minutes = Number(match[5]), seconds = Number(match[6] || 0);
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
    var date = null;
    if (match[1]) {
      var year = Number(match[1]), month = Number(match[2]), day = Number(match[3]);
      var check = new Date(Date.UTC(2000, month - 1, day));
      check.setUTCFullYear(year);
      if (year < 1 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 ||
          check.getUTCDate() !== day) return null;
      date = match[1] + "-" + match[2] + "-" + match[3];
    }
    return { date: date, seconds: hours * 3600 + minutes * 60 + seconds };
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
        Number.isInteger(asked) && asked >= 1 && asked <= data.days.length) {
      picked = [asked - 1, null];
    }
    return { index: picked[0], override: picked[1] };
  }

  function storeKey(index) {
    var day = data.days[index];
    return data.store + "|" + (day.date || "day " + (index + 1));
  }

  /** The most a room can run behind or ahead of its plan: a day either way (seconds). */
  var MOST_OFFSET = 24 * 3600;
  /** The seconds of a day: a clock stopped at a time of day is within it. */
  var DAY = 24 * 3600;

  function within(value, low, high) {
    return typeof value === "number" && isFinite(value) && value >= low && value <= high;
  }

  /** The offset and pause kept for this day; what could not have been saved (1e999 is
   *  Infinity, a huge number, a pause outside the day) is not taken: back to the plan. */
  function loadState(index) {
    try {
      var saved = JSON.parse(localStorage.getItem(storeKey(index)) || "null");
      if (saved && within(saved.offset, -MOST_OFFSET, MOST_OFFSET)) {
        return makeState(saved.offset,
                         within(saved.paused_at, 0, DAY) ? saved.paused_at : null,
                         within(saved.held, -MOST_OFFSET, DAY + MOST_OFFSET) ? saved.held : null);
      }
    } catch (error) { /* no storage (private mode) or a broken value: start from the plan */ }
    return makeState(0, null, null);
  }

  function saveState(index, state) {
    try {
      if (state.offset === 0 && state.paused_at === null && state.held === null) {
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
    var steps = container ? container.steps : [];
    var step = moment.step !== null ? steps[moment.step] : null;
    return { block: block, part: part, step: step, steps: steps };
  }

  /** The most specific title of what runs at t ("Dele rundt bordet"). */
  function titleAt(day, t) {
    var units = unitsOf(day, stateAt(day, t));
    var unit = units.step || units.part || units.block;
    return unit ? unit.title : "";
  }

  // Text from the file is marked with the file's language where the page speaks another
  // (an English page of a bokmål file), as the run-sheet marks it: screen readers read it
  // in its own language (WCAG 3.1.2).
  var fileLang = data.source_lang && data.source_lang !== data.lang ? data.source_lang : null;
  var drawnParts = {};

  /** A template's pieces as [text, from the file?]: {title} from the file, the rest ours. */
  function fillParts(template, values, fromFile) {
    var parts = [];
    template.split(/(\{\w+\})/).forEach(function (piece) {
      var match = /^\{(\w+)\}$/.exec(piece);
      if (match && match[1] in values) {
        parts.push([String(values[match[1]]), fromFile.indexOf(match[1]) >= 0]);
      } else if (piece) {
        parts.push([piece, false]);
      }
    });
    return parts;
  }

  function textOf(parts) {
    return parts.map(function (part) { return part[0]; }).join("");
  }

  /** An element's text from pieces, the file's in an element of their own language. */
  function setParts(id, parts) {
    var key = JSON.stringify(parts);
    if (drawnParts[id] === key) return;
    drawnParts[id] = key;
    var element = byId(id);
    element.textContent = "";
    parts.forEach(function (part) {
      if (!part[0]) return;
      if (part[1] && fileLang) {
        var span = document.createElement("span");
        span.lang = fileLang;
        span.textContent = part[0];
        element.appendChild(span);
      } else {
        element.appendChild(document.createTextNode(part[0]));
      }
    });
  }

  function drawRoom(view) {
    var day = forRoom(view.day);
    var now = view.t;
    var running = view.running;  // time left counts from here: a held minute is one more
    var offset = view.state.offset;
    var moment = view.override ? { phase: view.override } : stateAt(day, now);
    var context = [], title = [], step = [], time = "", left = "", next = [];
    var questions = null;
    if (!day.blocks.length) {
      moment = { phase: "after" };
    }
    if (moment.phase === "before") {
      var start = dayStart(day) * MINUTE + offset;
      title = [[view.override
        ? fill(words.starts_on, { date: view.day.date_text, time: clockAt(start) })
        : fill(words.starts_at, { time: clockAt(start) }), false]];
      context = [[data.title, true]];
      if (!view.override) {
        time = formatCountdown(moment.unit_end - running);
        left = words.until_start;
      }
      next = fillParts(words.next_at, { time: clockAt(dayStart(day) * MINUTE + offset),
        title: titleAt(day, dayStart(day) * MINUTE) }, ["title"]);
    } else if (moment.phase === "gap") {
      context = [[words.next, false]];
      title = [[titleAt(day, moment.unit_end), true]];
      step = [[fill(words.at, { time: clockAt(moment.unit_end + offset) }), false]];
      time = formatCountdown(moment.unit_end - running);
      left = words.until_start;
    } else if (moment.phase === "running") {
      var units = unitsOf(day, moment);
      var main = units.part || units.block;
      context = units.part ? [[units.block.title, true]]
        : [[units.block.kind_label || "", false]];
      title = [[main.title, true]];
      // A break's kind says what its title says: once is enough ("Pause", not "Pause Pause").
      if (textOf(context).trim().toLowerCase() === main.title.trim().toLowerCase()) context = [];
      if (units.step) {
        step = [[units.step.title, true],
          [" · " + fill(words.step_of, { n: moment.step + 1, m: units.steps.length }), false]];
      }
      time = formatCountdown(moment.unit_end - running);
      left = words.left;
      // What a block or part is about ("shown to everyone"), where no method step is said.
      if (!units.step && main.description) step = [[main.description, true]];
      var track = units.part ? null : trackHere(units.block);
      var tracks = units.part ? [] : units.block.tracks || [];
      if (!track && tracks.length) {
        // The room's main page while the tracks run: where each one is, to find the way.
        step = [];
        tracks.forEach(function (each, index) {
          if (index) step.push(["\n", false]);
          step.push([each.title, true]);
          if (each.room_name) step.push([" → ", false], [each.room_name, true]);
        });
      }
      if (track) {
        context = [[units.block.title, true]].concat(
          track.room_name ? [[" · ", false], [track.room_name, true]] : []);
        title = [[track.title, true]];
        step = track.description ? [[track.description, true]] : [];
        if (running < track.start * MINUTE) {
          time = formatCountdown(track.start * MINUTE - running);
          left = words.until_start;
        } else {
          time = formatCountdown(Math.max(0, track.end * MINUTE - running));
        }
      }
      if (main.questions.length) questions = main;
      var after = nextShown(day, now);
      if (after !== null && after < dayEnd(day) * MINUTE) {
        next = fillParts(words.next_at, { time: clockAt(after + offset),
          title: titleAt(day, after) }, ["title"]);
      }
    } else {
      title = [[words.done, false]];
      var following = data.days[view.index + 1];
      if (following && following.blocks.length) {
        var room = forRoom(following);
        if (room.blocks.length) {
          step = [[fill(words.continues, {
            date: following.date_text || following.label,
            time: formatClock(dayStart(room))
          }), false]];
        }
      }
    }
    setParts("room-context", context);
    setParts("room-now", title);
    setParts("room-step", step);
    setText("room-time", time);
    setText("room-left", left);
    setParts("room-next", next);
    show("room-step", textOf(step) !== "");
    show("room-countdown", time !== "");
    show("room-next", textOf(next) !== "");
    show("room-questions", questions !== null);
    byId("room").classList.toggle("with-questions", questions !== null);
    if (questions) {
      setParts("room-questions-title", [questions.questions_title
        ? [questions.questions_title, true] : [words.questions, false]]);
      var list = byId("room-question-list");
      if (fileLang) list.lang = fileLang;
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

  /* The room's view fits the screen it is on, from a 1024 x 768 projector to a 4K screen,
   * whatever the length of the titles and questions: the CSS sizes its text in viewport
   * units times --fit (the texts) and --count-fit (the countdown). When the page would
   * scroll, the texts shrink first, down to TEXT_FLOOR, the countdown keeping its size;
   * when even that is too much, both shrink together. The countdown stays the largest text
   * on the screen: its size at any fit is more than twice the title's. */
  var TEXT_FLOOR = 0.45;
  var fittedFor = null;

  function overflows() {
    var root = document.scrollingElement || document.documentElement;
    return root.scrollHeight > window.innerHeight || root.scrollWidth > window.innerWidth;
  }

  function setFit(text, count) {
    var root = document.documentElement;
    if (text === 1 && count === 1) {  // the sizes of the style sheet, as they are
      root.style.removeProperty("--fit");
      root.style.removeProperty("--count-fit");
    } else {
      root.style.setProperty("--fit", String(text));
      root.style.setProperty("--count-fit", String(count));
    }
    if (!root.getAttribute("style")) root.removeAttribute("style");
  }

  /** The largest value in [low, high] for which fits(value) holds (fits(low) does). */
  function largestFitting(low, high, fits) {
    for (var i = 0; i < 12; i++) {
      var middle = (low + high) / 2;
      if (fits(middle)) low = middle; else high = middle;
    }
    return low;
  }

  function fitRoom() {
    var room = byId("room");
    if (room.hidden) return;
    // The countdown's digits change every second, its width hardly: fit again only when a
    // text or the screen changes.
    var key = window.innerWidth + "x" + window.innerHeight + "|" +
      room.textContent.replace(/[0-9]/g, "0");
    if (key === fittedFor) return;
    fittedFor = key;
    // No scroll bar while measuring: one that comes and goes would narrow the page and
    // make the same size fit or not depending on the size tried before.
    var root = document.documentElement;
    root.style.overflow = "hidden";
    try {
      fitSizes();
    } finally {
      root.style.removeProperty("overflow");
      if (!root.getAttribute("style")) root.removeAttribute("style");
    }
  }

  function fitSizes() {
    setFit(1, 1);
    if (!overflows()) return;
    setFit(TEXT_FLOOR, 1);
    if (!overflows()) {
      var text = largestFitting(TEXT_FLOOR, 1, function (value) {
        setFit(value, 1);
        return !overflows();
      });
      setFit(text, 1);
      return;
    }
    var both = largestFitting(0.05, 1, function (value) {
      setFit(TEXT_FLOOR * value, value);
      return !overflows();
    });
    setFit(TEXT_FLOOR * both, both);
  }

  /** The facilitator's table: one row per block, part and step, built once per day. */
  /* Parallel tracks (seating, #22): side by side in the facilitator's rows; on the room's
   * page with ?room=KEY, the track in that room takes the block's place. */
  var roomKey = params.get("room");

  function tracksElement(tracks) {
    var list = document.createElement("span");
    list.className = "tracks";
    tracks.forEach(function (track) {
      var box = document.createElement("span");
      box.className = "track";
      [track.title, track.room_name, formatClock(track.start) + "–" + formatClock(track.end),
        track.who, track.notes].forEach(function (text, index) {
        if (!text) return;
        var line = document.createElement("span");
        line.className = ["track-title", "track-room", "track-time", "track-who", "track-notes note"][index];
        line.textContent = text;
        box.appendChild(line);
      });
      list.appendChild(box);
    });
    return list;
  }

  function trackHere(block) {
    if (!roomKey || !block || !block.tracks) return null;
    for (var i = 0; i < block.tracks.length; i++) {
      if (block.tracks[i].room === roomKey) return block.tracks[i];
    }
    return null;
  }

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
      if (fileLang) title.lang = fileLang;
      what.appendChild(title);
      var extra = [item.kind_label, item.method, item.facilitator_only ? words.facilitator_only : ""];
      extra = extra.filter(function (text) { return text; });
      if (extra.length) {
        var small = document.createElement("span");
        small.className = "detail";
        small.textContent = extra.join(" · ");
        what.appendChild(small);
      }
      if (item.overrun) {
        var over = document.createElement("span");
        over.className = "detail overrun";
        over.textContent = "⚠ " + overrunText(item);
        what.appendChild(over);
      }
      if (item.tracks && item.tracks.length) what.appendChild(tracksElement(item.tracks));
      [cell(row, item.who, "who"), cell(row, note, "notes")].forEach(function (td) {
        if (fileLang && td.textContent) td.lang = fileLang;
      });
      body.appendChild(row);
      rows.push({ element: row, expected: expected, marker: marker, item: item, path: path });
    }
    day.blocks.forEach(function (block, b) {
      addRow(block, 0, [b, null, null], block.notes);
      block.steps.forEach(function (step, s) {
        addRow(step, 1, [b, null, s], step.note);
      });
      block.parts.forEach(function (part, p) {
        addRow(part, 1, [b, p, null], part.notes);
        part.steps.forEach(function (step, s) {
          addRow(step, 2, [b, p, s], step.note);
        });
      });
    });
    return rows;
  }

  /** "IGP runs 4 min past the planned end at 14.10": a method longer than its part. */
  function overrunText(item) {
    return fill(words.overrun, { method: item.method || item.title, n: item.overrun,
                                 time: formatClock(item.end) });
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
      var later = reach(row.item) * MINUTE > t;
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
      var container = units.part || units.block;
      nowLine = words.now + ": " + unit.title + " – " +
        formatCountdown(moment.unit_end - view.running) + " " + words.left;
      // A method longer than its part: said while its step past the part's end runs.
      if (moment.unit_end > container.end * MINUTE) nowLine += " · ⚠ " + overrunText(container);
    } else if (moment.phase === "gap" || (moment.phase === "before" && !view.override)) {
      nowLine = fill(words.next_at, { time: clockAt(moment.unit_end + offset),
        title: titleAt(day, moment.unit_end) }) + " – " +
        formatCountdown(moment.unit_end - view.running) + " " + words.until_start;
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

  // The room's page (the projector) holds the room view only; the facilitator's page opens
  // on the facilitator's view and previews the room's with the button, V or ?view=room.
  var forFacilitator = data.audience === "facilitator";
  var facilitatorView = forFacilitator && params.get("view") !== "room";
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
      running: runningTime(now.seconds, state),
      t: planTime(now.seconds, state)
    };
  }

  function draw() {
    var view = currentView();
    lastView = view;
    setText("clock", formatClock(Math.floor(view.clock / MINUTE)));
    document.body.className = facilitatorView ? "view-facilitator" : "view-room";
    if (forFacilitator) {
      show("room", !facilitatorView);
      show("facilitator", facilitatorView);
      setText("toggle-view", facilitatorView ? words.room_view : words.facilitator_view);
    }
    setText("pause", view.state.paused_at !== null ? words.resume_clock : words.pause_clock);
    if (facilitatorView) drawFacilitator(view); else drawRoom(view);
    fitRoom();
  }

  /** The day the keys move through: what the current view shows. */
  function steeredDay(view) {
    return facilitatorView ? view.day : forRoom(view.day);
  }

  function change(action) {
    var view = currentView();
    if (view.override) return;  // another day than the workshop's: nothing to steer
    saveState(view.index, press(steeredDay(view), view.state, view.clock, action));
    draw();
  }

  var actions = {
    toggle: function () {
      if (!forFacilitator) return;
      facilitatorView = !facilitatorView;
      try {
        if (facilitatorView) params.delete("view"); else params.set("view", "room");
        var query = params.toString();
        history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
      } catch (error) { /* some browsers refuse it on file://: the view still switches */ }
      draw();
    }
  };

  ["next", "previous", "plus", "minus", "pause", "reset"].forEach(function (id) {
    actions[id] = function () { change(id); };
    byId(id).addEventListener("click", actions[id]);
  });
  if (forFacilitator) byId("toggle-view").addEventListener("click", actions.toggle);

  var keys = {
    ArrowRight: "next", PageDown: "next", n: "next", N: "next",
    ArrowLeft: "previous", PageUp: "previous", p: "previous", P: "previous",
    "+": "plus", "=": "plus", "-": "minus", "−": "minus",
    " ": "pause"
  };
  if (forFacilitator) keys.v = keys.V = "toggle";

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var action = keys[event.key];
    if (!action) return;
    // On a focused button, space and enter press that button, as everywhere else.
    if (event.key === " " && event.target.tagName === "BUTTON") return;
    event.preventDefault();
    actions[action]();
  });

  // Another tab or window of the workshop (the room's page on the projector, the
  // facilitator's on the laptop) follows this one's changes.
  window.addEventListener("storage", draw);
  window.addEventListener("resize", fitRoom);
  // Text laid out before its font was ready takes other room once it is: fit again then.
  function refit() {
    fittedFor = null;
    fitRoom();
  }
  if (document.fonts) {
    document.fonts.ready.then(refit);
    document.fonts.addEventListener("loadingdone", refit);
  }

  // The link to the room's page keeps a rehearsal's ?now= (and ?day=).
  var roomLink = byId("room-page");
  if (roomLink) {
    var query = new URLSearchParams(location.search);
    query.delete("view");
    if (query.toString()) roomLink.href = roomLink.getAttribute("href") + "?" + query.toString();
  }

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
    nextStart: nextStart, nextShown: nextShown, previousStart: previousStart,
    pickDay: pickDay, collisions: collisions, expectedEnd: expectedEnd,
    wholeMinutes: wholeMinutes, formatCountdown: formatCountdown, press: press,
    planTime: planTime, runningTime: runningTime, refit: refit,
    view: function () { return lastView; }, wakeLock: function () { return wakeLock; }
  };
})();
