// {base}stages/<id>/results.json: a stage's results with the scheme they were computed with.
import { jsonType, stageDownload } from '../../../downloads/routes.ts';
import { stageResultsJson } from '../../../downloads/stage-results.ts';

export const { getStaticPaths, GET } = stageDownload(stageResultsJson, jsonType);
