/** Who produced a report: printed in JSON and SARIF so a CI log says which checker version ran. */
export interface ToolInfo {
  name: string;
  version: string;
}
