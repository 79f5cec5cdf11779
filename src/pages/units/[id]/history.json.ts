// {base}units/<id>/history.json: a unit's results across stages.
import { jsonType, unitDownload } from '../../../downloads/routes.ts';
import { unitHistoryJson } from '../../../downloads/unit-history.ts';

export const { getStaticPaths, GET } = unitDownload(unitHistoryJson, jsonType);
