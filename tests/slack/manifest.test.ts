/** manifest.yml and the registered listeners agree: what Slack sends is what the app listens for. */
import { readFileSync } from 'node:fs'
import type { App } from '@slack/bolt'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { ACTIONS, COMMAND, EVENTS, SHORTCUTS, VIEWS } from '../../src/slack/ids.js'
import { registerListeners } from '../../src/slack/listeners/index.js'
import { createRuntime } from '../../src/slack/runtime.js'
import { fakeStory } from './helpers/fake-story.js'

type Manifest = {
  display_information: { name: string; description?: string }
  features: {
    bot_user?: { display_name: string }
    slash_commands?: { command: string; description: string; usage_hint?: string; url?: string }[]
    shortcuts?: { name: string; type: string; callback_id: string; description: string }[]
  }
  oauth_config: { scopes: { bot: string[]; user?: string[] } }
  settings: {
    event_subscriptions?: { bot_events?: string[]; request_url?: string }
    interactivity?: { is_enabled: boolean; request_url?: string }
    socket_mode_enabled?: boolean
  }
}

const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')) as Manifest

/** What `registerListeners` registers, recorded through a stand-in for Bolt's App. */
function registered() {
  const seen = {
    commands: [] as unknown[],
    events: [] as unknown[],
    actions: [] as unknown[],
    shortcuts: [] as unknown[],
    views: [] as unknown[],
  }
  const recorder = {
    command: (name: unknown) => seen.commands.push(name),
    event: (name: unknown) => seen.events.push(name),
    action: (id: unknown) => seen.actions.push(id),
    shortcut: (id: unknown) => seen.shortcuts.push(id),
    view: (id: unknown) => seen.views.push(id),
    use: () => undefined,
    message: () => {
      throw new Error('message listeners need message scopes the manifest does not ask for')
    },
  }
  registerListeners(recorder as unknown as App, createRuntime({ story: () => fakeStory() }))
  return seen
}

describe('manifest.yml', () => {
  test('has a bot user and Socket Mode on', () => {
    expect(manifest.display_information.name).toBeTruthy()
    expect(manifest.features.bot_user?.display_name).toBeTruthy()
    expect(manifest.settings.socket_mode_enabled).toBe(true)
  })

  test('declares exactly the slash commands the app registers, with a usage hint', () => {
    const commands = manifest.features.slash_commands ?? []
    expect(commands.map((c) => c.command)).toEqual(registered().commands)
    expect(commands.map((c) => c.command)).toEqual([COMMAND])
    for (const c of commands) {
      expect(c.usage_hint).toMatch(/who|help/)
      expect(c.description.length).toBeLessThanOrEqual(100)
      expect(c.usage_hint?.length ?? 0).toBeLessThanOrEqual(100)
    }
  })

  test('subscribes to exactly the events the app listens to', () => {
    expect(manifest.settings.event_subscriptions?.bot_events?.slice().sort()).toEqual(
      registered().events.slice().sort(),
    )
    expect(registered().events).toEqual([...EVENTS])
  })

  test('turns interactivity on because the app has buttons, and the app handles every button it renders', () => {
    const actions = registered().actions
    expect(manifest.settings.interactivity?.is_enabled).toBe(actions.length > 0)
    expect(actions).toEqual(Object.values(ACTIONS))
  })

  test('declares exactly the message shortcuts the app handles, named for people', () => {
    const shortcuts = manifest.features.shortcuts ?? []
    expect(shortcuts.map((s) => s.callback_id)).toEqual(registered().shortcuts)
    expect(registered().shortcuts).toEqual(Object.values(SHORTCUTS))
    for (const s of shortcuts) {
      expect(s.type).toBe('message')
      expect(s.name.length).toBeLessThanOrEqual(24)
      expect(s.description.length).toBeLessThanOrEqual(100)
    }
    expect(shortcuts[0]).toMatchObject({ name: 'Add to story', callback_id: 'add_to_story' })
  })

  test('handles the form it opens', () => {
    expect(registered().views).toEqual(Object.values(VIEWS))
  })

  test('asks only for the scopes it needs', () => {
    expect(manifest.oauth_config.scopes.bot.slice().sort()).toEqual(['app_mentions:read', 'chat:write', 'commands'])
    expect(manifest.oauth_config.scopes.bot).not.toContain('chat:write.public')
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([])
  })
})
