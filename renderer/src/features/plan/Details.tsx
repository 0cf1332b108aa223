import { describeAlgometer } from '../../../../shared/domain/algometer-units';
import {
  ADHESION_DEPTHS,
  ADHESION_DEPTH_LABELS,
  CAUTION_SOURCES,
  FINDING_LABELS,
  PAIN_QUALITIES,
  SEVERITIES,
  TRIGGER_POINT_STATES,
} from '../../../../shared/domain/plan/findings';
import { FINDING_KIND_RULES, findingStructure } from '../../../../shared/domain/plan/finding-kinds';
import type { Finding, Zone } from '../../../../shared/domain/plan/records';
import type { ModelPoint } from '../../../../shared/domain/plan/region';
import { directionsAt, nearestDirection, tangentDirection } from '../../../../shared/domain/plan/restriction';
import { endangermentNear } from '../../../../shared/domain/plan/safety';
import { tenderPointSite } from '../../../../shared/domain/plan/tender-points';
import { zoneName } from '../../../../shared/domain/plan/zones';
import { deleteFinding, deleteZone } from './changes';
import { structureName } from './describe';
import { useAlgometerUnit } from '../settings/useAlgometerUnit';
import { AlgometerField } from './AlgometerField';
import { ChoiceField, TypedField, numberTyped } from './fields';
import { usePlanStore } from './planStore';
import { PressureField } from './PressureField';
import { SaveStatus } from './SaveStatus';
import { useItemEdits } from './useItemEdits';

/** Warnings the therapist must see beside the item they concern: a zone's flags, a mark's site. */
function FlagNotes({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <div className="details__flags" role="note">
      <h3>Flags</h3>
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </div>
  );
}

const options = <T extends string>(values: readonly T[], label: (value: T) => string = (v) => v) =>
  values.map((value) => ({ value, label: label(value) }));

function FindingDetails({ finding, locked }: { finding: Finding; locked: boolean }) {
  const { part, state } = useItemEdits('finding', finding.id);
  const body = finding.body;
  const structure = structureName(findingStructure(body));
  const unit = useAlgometerUnit();
  const noteEdits = part(body, 'note');
  const note = (
    <>
      <TypedField
        label="Note"
        multiline
        value={body.note}
        disabled={locked}
        onType={noteEdits.typed}
        onDone={noteEdits.done}
      />
      <SaveStatus state={state} />
    </>
  );
  switch (body.kind) {
    case 'trigger_point':
      return (
        <>
          <p>In {structure}</p>
          <FlagNotes reasons={endangermentNear(body.anchor.point as ModelPoint)} />
          <ChoiceField
            label="State"
            value={body.state}
            disabled={locked}
            options={options(TRIGGER_POINT_STATES)}
            onChange={part(body, 'state').chosen}
          />
          <p className="field__hint">
            Referral zone: {body.referral.strokes.length === 0 ? 'not painted yet' : 'painted'}. Paint it with
            the referral tool (R).
          </p>
          {note}
        </>
      );
    case 'adhesion': {
      const point = body.anchor.point as ModelPoint;
      const normal = body.anchor.normal as ModelPoint;
      return (
        <>
          <p>Over {structure}</p>
          <FlagNotes reasons={endangermentNear(point)} />
          <ChoiceField
            label="Depth"
            value={body.depth}
            disabled={locked}
            options={options(ADHESION_DEPTHS, (d) => ADHESION_DEPTH_LABELS[d])}
            onChange={part(body, 'depth').chosen}
          />
          <ChoiceField
            label="Severity"
            value={body.severity}
            disabled={locked}
            options={options(SEVERITIES)}
            onChange={part(body, 'severity').chosen}
          />
          <ChoiceField
            label="Restricted toward"
            value={nearestDirection(body.direction, point, normal)}
            disabled={locked}
            options={directionsAt(point, normal).map((d) => ({ value: d.id, label: d.label }))}
            onChange={(name) => part(body, 'direction').chosen(tangentDirection(name, point, normal)!)}
          />
          {note}
        </>
      );
    }
    case 'pain_area': {
      const intensity = part(body, 'intensity');
      return (
        <>
          <TypedField
            label="Intensity (0–10)"
            type="number"
            min={0}
            max={10}
            step={1}
            value={String(body.intensity)}
            disabled={locked}
            onType={numberTyped(intensity.typed)}
            onDone={intensity.done}
          />
          <ChoiceField
            label="Quality"
            value={body.quality}
            disabled={locked}
            options={options(PAIN_QUALITIES)}
            onChange={part(body, 'quality').chosen}
          />
          {note}
        </>
      );
    }
    case 'caution': {
      const reason = part(body, 'reason');
      return (
        <>
          <TypedField
            label="Reason"
            value={body.reason}
            disabled={locked}
            onType={reason.typed}
            onDone={reason.done}
          />
          <ChoiceField
            label="From"
            value={body.source}
            disabled={locked}
            options={options(CAUTION_SOURCES, (s) =>
              s === 'intake' ? "The client's intake" : 'The therapist',
            )}
            onChange={part(body, 'source').chosen}
          />
          {note}
        </>
      );
    }
    case 'tender_point': {
      const reading = part(body, 'algometerKgCm2');
      return (
        <>
          <p>{tenderPointSite(body.siteId)?.description}</p>
          <ChoiceField
            label={`Painful at about ${describeAlgometer(FINDING_KIND_RULES.tender_point.examKgCm2, unit)}`}
            value={body.painful ? 'yes' : 'no'}
            disabled={locked}
            options={[
              { value: 'yes', label: 'Painful' },
              { value: 'no', label: 'Not painful' },
            ]}
            onChange={(answer) => part(body, 'painful').chosen(answer === 'yes')}
          />
          <AlgometerField
            label="Algometer"
            optional
            kgCm2={body.algometerKgCm2}
            disabled={locked}
            onReading={reading.typed}
            onDone={reading.done}
          />
          {note}
        </>
      );
    }
  }
}

function ZoneDetails({ zone, locked }: { zone: Zone; locked: boolean }) {
  const plan = usePlanStore((s) => s.plan)!;
  const { part, state } = useItemEdits('zone', zone.id);
  const body = zone.body;
  const [name, hold, notes] = [part(body, 'label'), part(body, 'holdMinutes'), part(body, 'notes')];
  const flags = plan.flags.filter((flag) => flag.zoneId === zone.id);
  const techniques = plan.techniques.filter((t) => !t.retired || t.id === body.techniqueId);
  return (
    <>
      <p>
        {body.target.kind === 'structure'
          ? `Whole structure: ${structureName(body.target.structureId)}`
          : `Painted over ${body.target.footprint.length} structure(s)`}
      </p>
      <TypedField
        label="Name"
        value={body.label}
        disabled={locked}
        hint={`Shown as “${zoneName({ ...body, label: '' })}” when empty`}
        onType={name.typed}
        onDone={name.done}
      />
      <ChoiceField
        label="Technique"
        value={body.techniqueId}
        disabled={locked}
        options={techniques.map((t) => ({ value: t.id, label: t.name }))}
        onChange={part(body, 'techniqueId').chosen}
      />
      <PressureField
        label="Pressure"
        value={body.pressure}
        disabled={locked}
        edits={part(body, 'pressure')}
      />
      <TypedField
        label="Planned hold (minutes)"
        type="number"
        min={0.5}
        max={60}
        step={0.5}
        value={String(body.holdMinutes)}
        disabled={locked}
        onType={numberTyped(hold.typed)}
        onDone={hold.done}
      />
      <TypedField
        label="Notes"
        multiline
        value={body.notes}
        disabled={locked}
        onType={notes.typed}
        onDone={notes.done}
      />
      <SaveStatus state={state} />
      <FlagNotes reasons={flags.map((flag) => flag.reason)} />
    </>
  );
}

/** The selected finding or zone, editable in place; changes save as they are made or typed. */
export function Details() {
  const plan = usePlanStore((s) => s.plan)!;
  const selection = usePlanStore((s) => s.selection);
  const make = usePlanStore((s) => s.make);
  const locked = plan.session.locked;
  const finding =
    selection?.type === 'finding' ? plan.findings.find((f) => f.id === selection.id) : undefined;
  const zone = selection?.type === 'zone' ? plan.zones.find((z) => z.id === selection.id) : undefined;
  const index = zone ? plan.zones.indexOf(zone) + 1 : 0;
  return (
    <section className="plan-panel plan-details" aria-labelledby="plan-details-heading">
      <h2 id="plan-details-heading">
        {finding
          ? FINDING_LABELS[finding.body.kind]
          : zone
            ? `Zone ${index}: ${zoneName(zone.body)}`
            : 'Details'}
      </h2>
      {!finding && !zone && (
        <p className="plan-empty">Select a finding or a zone, on the model or in the list.</p>
      )}
      {finding && <FindingDetails key={finding.id} finding={finding} locked={locked} />}
      {zone && <ZoneDetails key={zone.id} zone={zone} locked={locked} />}
      {(finding || zone) && !locked && (
        <button
          type="button"
          className="button button--danger"
          onClick={() =>
            void make(finding ? deleteFinding(finding, 'Delete finding') : deleteZone(zone!, 'Delete zone'))
          }
        >
          Delete (Del)
        </button>
      )}
    </section>
  );
}
