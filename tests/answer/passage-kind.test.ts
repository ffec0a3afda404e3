import { expect, test } from 'vitest'
import { afterDateline, isFurniture } from '../../src/answer/passage-kind.js'

test('captions, credits and bylines are not the story', () => {
  expect(isFurniture('Premier Jane Doe speaks in Regina on Jan. 5, 2019. (Photo: John Roe/Reuters)')).toBe(true)
  expect(isFurniture('Supporters gather outside the court. THE CANADIAN PRESS/Sean Kilpatrick')).toBe(true)
  expect(isFurniture('By Jane Doe')).toBe(true)
  expect(isFurniture('Story continues below advertisement')).toBe(true)
  expect(isFurniture('— With files from Reuters')).toBe(true)
  expect(
    isFurniture('The roof is a lookout. ( Studio North ) The ramp is grass-covered. ( Studio North ) It has a window.'),
  ).toBe(true)
  expect(isFurniture('The agency (Reuters) said the talks (in Oman) went well.')).toBe(false)
  expect(isFurniture('By the end of Monday, the toll had risen to 280.')).toBe(false)
  expect(isFurniture('Doe told The Canadian Press the vote was close.')).toBe(false)
})

test('a caption that opens with the credit of the photo before it is a caption', () => {
  expect(
    isFurniture('The Canadian Press Thunder Bay Police badge is seen during a parade in Ottawa on Sept. 26, 2010.'),
  ).toBe(true)
  expect(isFurniture('The Canadian Press reported on Friday that the board was disbanded.')).toBe(false)
})

test('links to another story or a video only describe it', () => {
  expect(isFurniture('WATCH BELOW: Controversy continues over the proposal for the new park.')).toBe(true)
  expect(isFurniture('READ MORE: Animals seized from a home in the town')).toBe(true)
  expect(isFurniture('Watch: the senator answers questions')).toBe(true)
  expect(isFurniture('Residents watch the river rise.')).toBe(false)
})

test('a dateline is left out of the answer', () => {
  const text = 'SHARJAH — Officials said the talks would resume.'
  expect(text.slice(afterDateline(text))).toBe('Officials said the talks would resume.')
  const wire = 'NAIROBI, Kenya (AP) — The siege is over.'
  expect(wire.slice(afterDateline(wire))).toBe('The siege is over.')
  expect(afterDateline('The US said on Friday it would talk.')).toBe(0)
})
