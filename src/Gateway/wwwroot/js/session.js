// The signed-in recruiter's API key (kept in this browser) and the request function bound to it.
import { request } from './graphql.js';

const keyName = 'hiring.apiKey';

export function savedKey() {
  return localStorage.getItem(keyName);
}

export function saveKey(key) {
  localStorage.setItem(keyName, key);
}

export function forgetKey() {
  localStorage.removeItem(keyName);
}

export function apiFor(key) {
  return (query, variables) => request(key, query, variables);
}
