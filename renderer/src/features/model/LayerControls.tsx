import { LAYER_LABELS, LAYERS, type Layer } from '../../../../shared/anatomy';
import { LAYER_COLORS } from '../../scene/materials/palette';
import { useViewerStore, type LayerMode } from '../../scene/viewerStore';

const MODES: readonly { mode: LayerMode; label: string }[] = [
  { mode: 'show', label: 'Show' },
  { mode: 'ghost', label: 'Ghost' },
  { mode: 'hide', label: 'Hide' },
];

/** Show / ghost / hide per layer, as a radio group each, plus the fascia opacity slider. */
export function LayerControls() {
  const layerModes = useViewerStore((s) => s.layerModes);
  const fasciaOpacity = useViewerStore((s) => s.fasciaOpacity);
  const setLayerMode = useViewerStore((s) => s.setLayerMode);
  const setFasciaOpacity = useViewerStore((s) => s.setFasciaOpacity);
  return (
    <section className="model-panel__section" aria-labelledby="model-layers-heading">
      <h2 id="model-layers-heading">Layers</h2>
      <ul className="model-layers">
        {LAYERS.map((layer: Layer) => (
          <li key={layer}>
            <fieldset className="model-layer">
              <legend>
                <span
                  className="model-swatch"
                  style={{ background: LAYER_COLORS[layer] }}
                  aria-hidden="true"
                />
                {LAYER_LABELS[layer]}
              </legend>
              {MODES.map(({ mode, label }) => (
                <label key={mode} className="model-layer__mode">
                  <input
                    type="radio"
                    name={`layer-${layer}`}
                    value={mode}
                    checked={layerModes[layer] === mode}
                    onChange={() => setLayerMode(layer, mode)}
                    aria-label={`${label} ${LAYER_LABELS[layer].toLowerCase()}`}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      <label className="model-field" htmlFor="model-fascia-opacity">
        Fascia opacity <span aria-hidden="true">{Math.round(fasciaOpacity * 100)}%</span>
      </label>
      <input
        id="model-fascia-opacity"
        type="range"
        min={0}
        max={100}
        step={5}
        value={Math.round(fasciaOpacity * 100)}
        aria-valuetext={`${Math.round(fasciaOpacity * 100)} percent`}
        onChange={(e) => setFasciaOpacity(Number(e.target.value) / 100)}
      />
    </section>
  );
}
