import { useTranslation } from 'react-i18next';
import {
  savePicture,
  saveSlides,
  slideDeck,
  type Picture,
  type PictureFormat,
  type ReportOptions,
} from '../../api/reports';
import { Button } from '../../components/Button';
import { mapSvg, pngOf, radarSvg, svgText } from './pictures';
import { buildPptx } from './pptx';

type Exporter = (workshopID: string, opts: ReportOptions) => Promise<string>;

/** slides lays out the deck Go words for these options and saves it. */
const slides: Exporter = async (id, opts) =>
  saveSlides(id, opts, await buildPptx(await slideDeck(id, opts)));

/**
 * picture draws the map (org chart for the customer) or the radar from the
 * same deck, so a picture holds what the chosen version may show, and saves
 * it as PNG (twice the size, for slides) or SVG.
 */
function picture(what: 'map' | 'radar', format: PictureFormat): Exporter {
  return async (id, opts) => {
    const deck = await slideDeck(id, opts);
    const slide = deck.slides.find((s) => (what === 'map' ? s.map : s.radar));
    if (!slide) return '';
    const svg = slide.map
      ? mapSvg(slide.map, slide.title)
      : radarSvg(slide.radar ?? { axes: [], series: [] }, slide.title);
    const name: Picture =
      what === 'radar' ? 'radar' : opts.audience === 'customer' ? 'orgchart' : 'map';
    const data = format === 'svg' ? new TextEncoder().encode(svgText(svg)) : await pngOf(svg, 2);
    return savePicture(id, opts, name, format, data);
  };
}

/**
 * MoreFormats offers the hand-overs besides the PDF: the workbook, the slides
 * and pictures, each for the version chosen above.
 */
export function MoreFormats({
  disabled,
  onExcel,
  onExport,
}: {
  disabled: boolean;
  onExcel: () => void;
  onExport: (exporter: Exporter) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="report__more" role="group" aria-label={t('report.more.label')}>
      <Button icon="upload" disabled={disabled} onClick={onExcel}>
        {t('report.more.excel')}
      </Button>
      <Button icon="upload" disabled={disabled} onClick={() => onExport(slides)}>
        {t('report.more.slides')}
      </Button>
      <Button disabled={disabled} onClick={() => onExport(picture('map', 'png'))}>
        {t('report.more.mapPng')}
      </Button>
      <Button disabled={disabled} onClick={() => onExport(picture('map', 'svg'))}>
        {t('report.more.mapSvg')}
      </Button>
      <Button disabled={disabled} onClick={() => onExport(picture('radar', 'png'))}>
        {t('report.more.radarPng')}
      </Button>
      <Button disabled={disabled} onClick={() => onExport(picture('radar', 'svg'))}>
        {t('report.more.radarSvg')}
      </Button>
    </div>
  );
}
