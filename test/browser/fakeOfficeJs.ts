/**
 * A fake office.js for the task pane in a real browser, served in place of the CDN script.
 * Lenient on purpose (values are there without load + sync): the strict fake of the Excel API is
 * test/hosts/office/fakeExcel/; this one only has to carry the pane end to end. It holds an
 * in-memory workbook and records on `window.__office` what the pane asked Excel to do:
 * selections, activations, syncs, added sheets, issue marks. `window.__officeHold()` holds its answers
 * (every sync waits) until `window.__officeRelease()`.
 */

export type FakeCell = string | number | boolean | null;

export interface FakeSheet {
  name: string;
  /** Rows from A1. */
  rows: FakeCell[][];
}

export interface FakeOfficeOptions {
  displayLanguage?: string;
  platform?: string;
  /** The host Office.onReady reports; 'Word' shows the pane's "only in Excel" message. */
  host?: string;
  /** Highest ExcelApi 1.x the fake reports (default 14); Office 2016 volume licence has 1 only. */
  apiVersion?: number;
}

/** What the fake records, as read back with page.evaluate(() => window.__office). */
export interface FakeOfficeLog {
  selected: { sheet: string; address: string }[];
  activated: string[];
  syncs: number;
  runs: number;
  sheets: string[];
  added: string[];
  marks: { sheet: string; address: string; color: string }[];
}

/** A tiny TTHC sheet (Biểu 06 shape) with two slips (online + direct ≠ received, a count typed as text), a note sheet and a blank one. */
export const TTHC_SHEETS: FakeSheet[] = [
  {
    name: 'TTHC',
    rows: [
      ['BIỂU KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
      ['Hộ tịch', 40, 10, 30, 40, 30, 10, 0],
      ['Chứng thực', 25, 5, 15, 25, 20, 5, 0],
      ['Đất đai', 12, 2, '10', 12, 8, 2, 2],
    ],
  },
  { name: 'Ghi chú', rows: [['Sổ theo dõi của văn phòng UBND xã']] },
  { name: 'Trống', rows: [] },
];

/** The script that replaces https://appsforoffice.microsoft.com/lib/1/hosted/office.js. */
export function fakeOfficeJs(sheets: FakeSheet[] = TTHC_SHEETS, opts: FakeOfficeOptions = {}): string {
  const config = {
    sheets,
    displayLanguage: opts.displayLanguage ?? 'vi-VN',
    platform: opts.platform ?? 'PC',
    host: opts.host ?? 'Excel',
    apiVersion: opts.apiVersion ?? 14,
  };
  return `(function () {
  'use strict';
  var CONFIG = ${JSON.stringify(config)};
  var log = { selected: [], activated: [], syncs: 0, runs: 0, sheets: [], added: [], marks: [] };
  window.__office = log;
  var nextId = 1;
  var book = CONFIG.sheets.map(function (s) {
    return { id: '{fake-' + nextId++ + '}', name: s.name, visibility: 'Visible', rows: s.rows, cfs: [], props: {} };
  });
  var settings = {};
  function names() { log.sheets = book.map(function (s) { return s.name; }); }
  names();

  // Anything the pane writes that this fake does not model (formats, borders, page layout...).
  function sink() {
    return new Proxy(function () {}, {
      get: function (_t, k) { return k === 'then' ? undefined : k === 'isNullObject' ? false : sink(); },
      set: function () { return true; },
      apply: function () { return sink(); },
    });
  }
  // A null object: loads are no-ops, and navigations and *OrNullObject calls give null objects again.
  function nullObject() {
    var o = { isNullObject: true };
    o.load = function () { return o; };
    o.getRangeOrNullObject = function () { return nullObject(); };
    o.getItemOrNullObject = function () { return nullObject(); };
    Object.defineProperty(o, 'worksheet', { get: function () { return nullObject(); } });
    Object.defineProperty(o, 'customProperties', { get: function () { return nullObject(); } });
    return o;
  }
  function find(key) {
    var k = String(key).toLowerCase();
    for (var i = 0; i < book.length; i++) if (book[i].id === key || book[i].name.toLowerCase() === k) return book[i];
    var e = new Error('ItemNotFound: ' + key);
    e.code = 'ItemNotFound';
    throw e;
  }
  function typeOf(v) {
    if (v === null || v === undefined || v === '') return 'Empty';
    if (typeof v === 'number') return 'Double';
    if (typeof v === 'boolean') return 'Boolean';
    return 'String';
  }
  function grid(rows, f) { return rows.map(function (r) { return r.map(f); }); }
  // orNull: getUsedRangeOrNullObject gives a null object on a blank sheet, getUsedRange gives A1 (empty).
  function usedRange(sheet, orNull) {
    var rows = sheet.rows;
    if (!rows.length && orNull) return nullObject();
    if (!rows.length) rows = [[null]];
    var width = 0;
    rows.forEach(function (r) { width = Math.max(width, r.length); });
    var values = rows.map(function (r) {
      var out = [];
      for (var j = 0; j < width; j++) out.push(r[j] === null || r[j] === undefined ? '' : r[j]);
      return out;
    });
    var range = {
      isNullObject: false,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: values.length,
      columnCount: width,
      values: values,
      valueTypes: grid(values, typeOf),
      numberFormat: grid(values, function () { return 'General'; }),
      address: sheet.name + '!A1',
    };
    range.load = function () { return range; };
    range.getCellProperties = function () {
      return { value: grid(values, function () { return { format: { font: { name: 'Times New Roman' } } }; }) };
    };
    range.getMergedAreasOrNullObject = function () { return nullObject(); };
    // Every cell visible: the visible area is the whole used range.
    range.getSpecialCellsOrNullObject = function () {
      var last = '';
      for (var n = width; n > 0; n = Math.floor((n - 1) / 26)) last = String.fromCharCode(65 + ((n - 1) % 26)) + last;
      var areas = { isNullObject: false, address: "'" + sheet.name.replace(/'/g, "''") + "'!A1:" + last + values.length };
      areas.load = function () { return areas; };
      return areas;
    };
    return range;
  }
  function cellRange(sheet, address) {
    var r = sink();
    var conditionalFormats = {
      items: [],
      load: function () { return conditionalFormats; },
      add: function () {
        var mark = { sheet: sheet.name, address: address, color: '' };
        log.marks.push(mark);
        var fill = {};
        Object.defineProperty(fill, 'color', { set: function (c) { mark.color = c; }, get: function () { return mark.color; } });
        return { custom: { rule: {}, format: { fill: fill } } };
      },
    };
    return new Proxy(r, {
      get: function (_t, k) {
        if (k === 'select') return function () { log.selected.push({ sheet: sheet.name, address: address }); };
        if (k === 'conditionalFormats') return conditionalFormats;
        if (k === 'address') return sheet.name + '!' + address;
        if (k === '__sheet') return sheet;
        return r[k];
      },
      set: function () { return true; },
    });
  }
  function worksheet(sheet) {
    var ws = {
      get id() { return sheet.id; },
      get name() { return sheet.name; },
      set name(v) { sheet.name = v; names(); },
      get visibility() { return sheet.visibility; },
      set visibility(v) { sheet.visibility = v; },
      load: function () { return ws; },
      activate: function () { log.activated.push(sheet.name); },
      delete: function () { book = book.filter(function (s) { return s !== sheet; }); names(); },
      getUsedRangeOrNullObject: function () { return usedRange(sheet, true); },
      getUsedRange: function () { return usedRange(sheet, false); },
      getRange: function (address) { return cellRange(sheet, address || ''); },
      // ExcelApi 1.9: several areas at once ("D6,E7:E9"); a conditional format added to it is logged per area.
      getRanges: function (addresses) {
        var parts = String(addresses).split(',').map(function (a) { return cellRange(sheet, a.trim()); });
        return {
          conditionalFormats: {
            add: function () {
              var added = parts.map(function (p) { return p.conditionalFormats.add(); });
              var fill = {};
              Object.defineProperty(fill, 'color', { set: function (c) { added.forEach(function (cf) { cf.custom.format.fill.color = c; }); } });
              return { custom: { rule: {}, format: { fill: fill } } };
            },
          },
        };
      },
      protection: { protected: false },
      getRangeByIndexes: function (row, col) {
        var r = sink();
        return new Proxy(r, {
          get: function (_t, k) { return r[k]; },
          set: function (_t, k, v) {
            // Keeps the text written in A1: the report's named item is checked against it.
            if (k === 'values' && row === 0 && col === 0 && Array.isArray(v) && v[0]) sheet.a1 = v[0][0];
            return true;
          },
        });
      },
      customProperties: {
        getItemOrNullObject: function (key) {
          if (!(key in sheet.props)) return nullObject();
          var p = { isNullObject: false, value: sheet.props[key] };
          p.load = function () { return p; };
          return p;
        },
        add: function (key, value) { sheet.props[key] = value; },
      },
      freezePanes: sink(),
      pageLayout: sink(),
      // ExcelApi 1.9: the report sheet's manual page breaks (writeLayout.ts).
      horizontalPageBreaks: sink(),
    };
    return ws;
  }
  var worksheets = {
    get items() { return book.map(worksheet); },
    load: function () { return worksheets; },
    getItem: function (key) { return worksheet(find(key)); },
    getItemOrNullObject: function (key) {
      try { return worksheet(find(key)); } catch (e) { return nullObject(); }
    },
    add: function (name) {
      var s = { id: '{fake-' + nextId++ + '}', name: name, visibility: 'Visible', rows: [], cfs: [], props: {} };
      book.push(s);
      log.added.push(name);
      names();
      return worksheet(s);
    },
  };
  var settingsApi = {
    getItemOrNullObject: function (key) {
      if (!(key in settings)) return nullObject();
      var item = { isNullObject: false, value: settings[key] };
      item.load = function () { return item; };
      item.delete = function () { delete settings[key]; };
      return item;
    },
    getItem: function (key) {
      return { delete: function () { delete settings[key]; } };
    },
    add: function (key, value) { settings[key] = value; },
  };
  // Workbook names: the report sheet's mark. The cell it refers to reads as the first cell the pane wrote there.
  var namedItems = {};
  function namedItem(key) {
    var n = namedItems[key];
    var item = { isNullObject: false, comment: n.comment };
    item.load = function () { return item; };
    item.delete = function () { delete namedItems[key]; };
    item.getRangeOrNullObject = function () {
      if (book.indexOf(n.sheet) < 0) return nullObject();
      var r = { isNullObject: false, cellCount: 1, values: [[n.sheet.a1 === undefined ? '' : n.sheet.a1]], worksheet: worksheet(n.sheet) };
      r.load = function () { return r; };
      return r;
    };
    return item;
  }
  var namesApi = {
    getItemOrNullObject: function (key) { return key in namedItems ? namedItem(key) : nullObject(); },
    getItem: function (key) { return namedItem(key); },
    add: function (key, range, comment) { namedItems[key] = { sheet: range.__sheet, comment: comment || '' }; },
  };
  // ExcelApi 1.10's comments: this workbook has none (the pane loads them with the sheet list).
  var commentsApi = { items: [] };
  commentsApi.load = function () { return commentsApi; };
  var workbook = {
    worksheets: worksheets,
    settings: settingsApi,
    names: namesApi,
    comments: commentsApi,
    getSelectedRange: function () {
      var r = { address: "'" + book[0].name + "'!A3:H6", rowCount: 4, columnCount: 8, worksheet: worksheet(book[0]) };
      r.load = function () { return r; };
      r.getIntersectionOrNullObject = function () { return r; };
      return r;
    },
    getSelectedRanges: function () {
      var areas = { isNullObject: false, areaCount: 1 };
      areas.load = function () { return areas; };
      return areas;
    },
  };

  // window.__officeHold() keeps Excel's next answers back, as a large workbook keeps Excel busy, until window.__officeRelease().
  var held = null;
  window.__officeHold = function () {
    var go;
    held = new Promise(function (resolve) { go = resolve; });
    window.__officeRelease = function () { held = null; go(); };
  };

  window.Excel = {
    run: function (batch) {
      log.runs++;
      var context = {
        workbook: workbook,
        application: sink(),
        sync: function () { log.syncs++; return held || Promise.resolve(); },
      };
      try {
        return Promise.resolve(batch(context));
      } catch (e) {
        return Promise.reject(e);
      }
    },
  };

  window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
    PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
    context: {
      displayLanguage: CONFIG.displayLanguage,
      platform: CONFIG.platform,
      requirements: {
        isSetSupported: function (name, version) {
          if (name !== 'ExcelApi' || CONFIG.host !== 'Excel') return false;
          return Number(String(version || '1.1').split('.')[1]) <= CONFIG.apiVersion;
        },
      },
    },
    onReady: function (callback) {
      var info = { host: CONFIG.host, platform: CONFIG.platform };
      var ready = new Promise(function (resolve) { setTimeout(function () { resolve(info); }, 0); });
      if (callback) ready.then(callback);
      return ready;
    },
  };
  // Like office.js: once ready, it calls the Office.initialize the page has set (after this script, so: once the page is parsed).
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof window.Office.initialize === 'function') window.Office.initialize('inserted');
  });
})();
`;
}
