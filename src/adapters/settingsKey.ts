/** Where the hosts save the pane's settings: the workbook's document settings in Excel, localStorage in the browser. */
export const SETTINGS_KEY = "ita-analyzer.settings";
