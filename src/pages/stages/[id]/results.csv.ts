// {base}stages/<id>/results.csv: a stage's results for Excel/WPS (UTF-8 with BOM, CRLF).
import { csvType, stageDownload } from '../../../downloads/routes.ts';
import { stageResultsCsv } from '../../../downloads/stage-results.ts';

export const { getStaticPaths, GET } = stageDownload(stageResultsCsv, csvType);
