import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

// What a translation must keep from its German source: the same arguments (with the same
// kind — plain, plural, select, number, date …) and the same rich-text tags. `markup` lists
// the text that would be HTML if a consumer rendered the string as HTML (an ICU-quoted
// '<img onerror=…>', a literal <br/> or <!-- -->): the only markup a message may carry is
// the rich-text tags its German source declares, which React renders, never HTML.
export interface MessageSignature {
  arguments: string[]
  tags: string[]
  markup: string[]
}

const kinds: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'argument',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
}

// An HTML tokenizer opens a tag, an end tag, a comment or a declaration at "<" followed by a
// letter, "/", "!" or "?". "a < b" and "<3" stay text.
const markupStart = /<[A-Za-z/!?][^<>]*>?/g

function collect(elements: MessageFormatElement[], args: Set<string>, tags: Set<string>, markup: Set<string>) {
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      for (const found of element.value.match(markupStart) ?? []) markup.add(found)
    } else if (element.type === TYPE.tag) {
      tags.add(element.value)
      collect(element.children, args, tags, markup)
    } else if (element.type === TYPE.select || element.type === TYPE.plural) {
      args.add(`${element.value}:${kinds[element.type]}`)
      for (const option of Object.values(element.options)) collect(option.value, args, tags, markup)
    } else if (kinds[element.type]) {
      args.add(`${(element as { value: string }).value}:${kinds[element.type]}`)
    }
  }
}

// Throws the parser's error (with its position) when the message is not valid ICU.
export function messageSignature(message: string): MessageSignature {
  const args = new Set<string>()
  const tags = new Set<string>()
  const markup = new Set<string>()
  collect(parse(message), args, tags, markup)
  return { arguments: [...args].sort(), tags: [...tags].sort(), markup: [...markup] }
}
