import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

// What a translation must keep from its German source: the same arguments (with the same
// kind — plain, plural, select, number, date …) and the same rich-text tags.
export interface MessageSignature {
  arguments: string[]
  tags: string[]
}

const kinds: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'argument',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
}

function collect(elements: MessageFormatElement[], args: Set<string>, tags: Set<string>) {
  for (const element of elements) {
    if (element.type === TYPE.tag) {
      tags.add(element.value)
      collect(element.children, args, tags)
    } else if (element.type === TYPE.select || element.type === TYPE.plural) {
      args.add(`${element.value}:${kinds[element.type]}`)
      for (const option of Object.values(element.options)) collect(option.value, args, tags)
    } else if (kinds[element.type]) {
      args.add(`${(element as { value: string }).value}:${kinds[element.type]}`)
    }
  }
}

// Throws the parser's error (with its position) when the message is not valid ICU.
export function messageSignature(message: string): MessageSignature {
  const args = new Set<string>()
  const tags = new Set<string>()
  collect(parse(message), args, tags)
  return { arguments: [...args].sort(), tags: [...tags].sort() }
}
