/**
 * The task pane. This first version only says what the add-in does; the pane with settings,
 * the Analyze button and the results arrives with the Office.js adapter.
 */
const root = document.getElementById("root")!;
root.innerHTML = `
  <h1>วิเคราะห์ผล ITA</h1>
  <p>วิเคราะห์ผลคะแนนการประเมิน ITA ไฮไลต์คะแนนที่ต่ำกว่า 85 และจัดทำแผนมาตรการ</p>
  <h2 lang="en">ITA Analyzer</h2>
  <p lang="en">Analyses ITA scores, highlights everything below 85 and writes the measure plan.</p>`;
