// Everything the world layer knows: states and territories, then intergovernmental bodies and UN
// agencies, then news agencies and broadcasters. Computed once per process.
import type { WorldActor } from './WorldActor.ts';
import { worldStates } from './worldStates.ts';
import { worldBodies } from './worldBodies.ts';

export function worldActors(): WorldActor[] {
  return [...worldStates(), ...worldBodies()];
}
