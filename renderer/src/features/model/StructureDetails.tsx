import {
  LAYER_LABELS,
  linesContaining,
  structureById,
  structureLabel,
  wpiAreaLabel,
} from '../../../../shared/anatomy';
import { useViewerStore } from '../../scene/viewerStore';

const REGION_LABELS: Record<string, string> = {
  whole_body: 'Whole body',
  upper_back: 'Upper back',
  lower_back: 'Lower back',
  upper_arm: 'Upper arm',
};

function regionLabel(region: string): string {
  return REGION_LABELS[region] ?? region.charAt(0).toUpperCase() + region.slice(1);
}

/** The selected structure: layer, region, WPI area and the myofascial lines it belongs to. */
export function StructureDetails() {
  const selectedId = useViewerStore((s) => s.selectedId);
  const select = useViewerStore((s) => s.select);
  const focusStructure = useViewerStore((s) => s.focusStructure);
  const structure = selectedId ? structureById(selectedId) : undefined;
  return (
    <section className="model-panel__section" aria-labelledby="model-details-heading" aria-live="polite">
      <h2 id="model-details-heading">Selected structure</h2>
      {!structure ? (
        <p className="model-muted">Click a structure on the model, or search for one by name.</p>
      ) : (
        <>
          <p className="model-details__name">{structureLabel(structure)}</p>
          <dl className="model-details">
            <dt>Layer</dt>
            <dd>{LAYER_LABELS[structure.layer]}</dd>
            <dt>Region</dt>
            <dd>{regionLabel(structure.region)}</dd>
            <dt>WPI area</dt>
            <dd>{wpiAreaLabel(structure.wpiArea)}</dd>
            <dt>Myofascial lines</dt>
            <dd>
              {linesContaining(structure.id).length === 0
                ? 'None'
                : linesContaining(structure.id)
                    .map((l) => l.name)
                    .join('; ')}
            </dd>
          </dl>
          <div className="model-row">
            <button type="button" onClick={() => focusStructure(structure.id)}>
              Focus camera
            </button>
            <button type="button" onClick={() => select(null)}>
              Clear selection
            </button>
          </div>
        </>
      )}
    </section>
  );
}
