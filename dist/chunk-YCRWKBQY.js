#!/usr/bin/env node
import {createRequire as __headroomRequire} from 'node:module';
const require = __headroomRequire(import.meta.url);
import {
  describeSelection
} from "./chunk-37ZWPQAO.js";

// src/report/left-out.ts
function leftOutSentence(selection, leftOut) {
  const what = leftOut === 1 ? "1 finding" : `${leftOut} findings`;
  return `${what} outside the selection (${describeSelection(selection)}) left out${leftOut > 0 ? ", neither reported nor fixed" : ""}`;
}
function leftOutNote(selection, leftOut) {
  return `headroom: ${leftOutSentence(selection, leftOut)}
`;
}

export {
  leftOutSentence,
  leftOutNote
};
