// {base}units/<id>/history.csv: a unit's results across stages (UTF-8 with BOM, CRLF).
import { csvType, unitDownload } from '../../../downloads/routes.ts';
import { unitHistoryCsv } from '../../../downloads/unit-history.ts';

export const { getStaticPaths, GET } = unitDownload(unitHistoryCsv, csvType);
