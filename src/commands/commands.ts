/**
 * The ribbon's function file. The one ribbon button (Home tab, "Báo cáo CCHC") only shows the
 * task pane (ShowTaskpane in manifest.xml), so no function commands are associated here; the file
 * must still exist and initialise Office, because the manifest's FunctionFile points to it.
 */
if (typeof Office !== 'undefined') {
  Office.onReady(() => undefined);
}
export {};
