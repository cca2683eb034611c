export const counter = { evaluated: 1 };
export function greet(name) { return 'hello ' + name; }
