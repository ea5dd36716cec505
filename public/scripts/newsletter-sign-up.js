// The newsletter sign-up form's in-place answer (components/newsletter/SignUpFormFields.tsx).
// Reader pages carry no framework (lib/http/scriptFreePages.ts): this is plain script. It sends
// the form's fields as JSON to the form's own endpoint, which answers with codes
// ({ status, errors, error }); every text it shows is already in the page, rendered by React,
// and is only revealed or copied as text. Without this script the form posts as usual.
;(function () {
  'use strict'
  var fields = ['email', 'interests', 'consent']
  var notices = { invalid: 'noticeInvalid', 'rate-limited': 'noticeRateLimited', unavailable: 'noticeUnavailable' }

  function setError(form, field, shown) {
    var text = document.getElementById('newsletter-' + field + '-error')
    if (!text) return
    text.hidden = !shown
    var control = field === 'interests' ? form.querySelector('[data-field-group="interests"]') : form.querySelector('[data-field="' + field + '"]')
    if (!control) return
    if (field !== 'interests' && shown) control.setAttribute('aria-invalid', 'true')
    if (field !== 'interests' && !shown) control.removeAttribute('aria-invalid')
    var ids = (control.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
      return id && id !== text.id
    })
    if (shown) ids.push(text.id)
    if (ids.length) control.setAttribute('aria-describedby', ids.join(' '))
    else control.removeAttribute('aria-describedby')
  }

  function show(form, answer) {
    var notice = form.querySelector('.newsletter-notice')
    if (answer.status === 'accepted') {
      var result = form.nextElementSibling
      result.hidden = false
      // Hidden, not removed: on the live-preview page React still owns these nodes.
      form.hidden = true
      result.querySelector('[tabindex]').focus()
      return
    }
    var errors = answer.errors || {}
    fields.forEach(function (field) {
      setError(form, field, Boolean(errors[field]))
    })
    notice.textContent = form.dataset[notices[answer.status]] || ''
    var first = fields.filter(function (field) {
      return errors[field]
    })[0]
    var target = first ? form.querySelector('[data-field="' + first + '"]') : null
    ;(target || notice).focus()
  }

  function enhance(form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault()
      var data = new FormData(form)
      var button = form.querySelector('button[type="submit"]')
      var label = button.textContent
      button.disabled = true
      button.textContent = form.dataset.submitting
      fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          email: data.get('email') || '',
          consent: data.get('consent') === 'on',
          locale: data.get('locale'),
          interests: data.getAll('interests'),
          website: data.get('website') || '',
        }),
      })
        .then(function (response) {
          return response.json()
        })
        .then(
          function (answer) {
            button.disabled = false
            button.textContent = label
            show(form, answer)
          },
          // No answer that can be read (the network, a proxy's error page): the form goes the
          // way it goes without script, to a page that says what happened.
          function () {
            HTMLFormElement.prototype.submit.call(form)
          },
        )
    })
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form.newsletter-form'), enhance)
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
