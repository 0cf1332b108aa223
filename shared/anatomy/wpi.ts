import type { WpiArea } from './types';

/** The 19 Widespread Pain Index areas (ACR 2010/2016), laterality as the client's left/right. */
export const WPI_AREAS: readonly WpiArea[] = [
  { id: 'jaw_L', label: "Jaw (client's left)", side: 'left', region2016: 'left_upper' },
  { id: 'jaw_R', label: "Jaw (client's right)", side: 'right', region2016: 'right_upper' },
  {
    id: 'shoulder_girdle_L',
    label: "Shoulder girdle (client's left)",
    side: 'left',
    region2016: 'left_upper',
  },
  {
    id: 'shoulder_girdle_R',
    label: "Shoulder girdle (client's right)",
    side: 'right',
    region2016: 'right_upper',
  },
  { id: 'upper_arm_L', label: "Upper arm (client's left)", side: 'left', region2016: 'left_upper' },
  { id: 'upper_arm_R', label: "Upper arm (client's right)", side: 'right', region2016: 'right_upper' },
  { id: 'lower_arm_L', label: "Lower arm (client's left)", side: 'left', region2016: 'left_upper' },
  { id: 'lower_arm_R', label: "Lower arm (client's right)", side: 'right', region2016: 'right_upper' },
  {
    id: 'hip_L',
    label: "Hip: buttock and trochanter (client's left)",
    side: 'left',
    region2016: 'left_lower',
  },
  {
    id: 'hip_R',
    label: "Hip: buttock and trochanter (client's right)",
    side: 'right',
    region2016: 'right_lower',
  },
  { id: 'upper_leg_L', label: "Upper leg (client's left)", side: 'left', region2016: 'left_lower' },
  { id: 'upper_leg_R', label: "Upper leg (client's right)", side: 'right', region2016: 'right_lower' },
  { id: 'lower_leg_L', label: "Lower leg (client's left)", side: 'left', region2016: 'left_lower' },
  { id: 'lower_leg_R', label: "Lower leg (client's right)", side: 'right', region2016: 'right_lower' },
  { id: 'neck', label: 'Neck', side: 'midline', region2016: 'axial' },
  { id: 'upper_back', label: 'Upper back', side: 'midline', region2016: 'axial' },
  { id: 'lower_back', label: 'Lower back', side: 'midline', region2016: 'axial' },
  { id: 'chest', label: 'Chest', side: 'midline', region2016: 'axial' },
  { id: 'abdomen', label: 'Abdomen', side: 'midline', region2016: 'axial' },
];
