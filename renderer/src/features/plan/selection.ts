/** The finding or zone the list and the model both show as selected. */
export interface Selection {
  type: 'finding' | 'zone';
  id: string;
}
