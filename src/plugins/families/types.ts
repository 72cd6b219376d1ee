/** The localised family comparison a family page renders (src/lib/family.ts, localised and resolved). */
import type {FamilyModel} from '../../lib/family';
import type {Localized} from '../../lib/text';
import type {Resolved} from '../../lib/sources/links';

export type LocalFamily = Resolved<Localized<FamilyModel>>;
export type LocalFamilyMember = LocalFamily['members'][number];
export type LocalFamilySlot = LocalFamily['slots'][number];
