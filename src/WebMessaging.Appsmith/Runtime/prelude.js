// The Appsmith runtime inside the app page's realm: the global actions (postWindowMessage,
// windowMessageListener, storeValue, showAlert, navigateTo...), appsmith.store, and the
// window's message listener that feeds Iframe widgets and window message listeners.
// Widget state lives in .NET (AppsmithSession); `host` is its bridge, and what this
// function returns is how .NET calls back in.
(function (host, iframeNames, store, theme) {
  "use strict";
  var global = globalThis;
  var listeners = new Map();

  function describe(error) {
    if (error !== null && typeof error === "object" && "message" in error) {
      return String(error.message);
    }
    return String(error);
  }

  function define(name, fn) {
    Object.defineProperty(global, name, { value: fn, writable: true, configurable: true, enumerable: false });
  }

  function iframeElement(name) {
    return document.getElementById("iframe-" + name);
  }

  // https://docs.appsmith.com/reference/appsmith-framework/widget-actions/post-message
  define("postWindowMessage", function postWindowMessage(message, targetIframe, targetOrigin) {
    // "Most JavaScript values are acceptable here, except null and undefined."
    if (message === undefined || message === null) {
      throw new TypeError("postWindowMessage: the message is " + message + "; any value but null and undefined can be sent");
    }
    // "This parameter is "window" by default." / "By default, this parameter is "*"."
    if (targetIframe === undefined || targetIframe === null) {
      targetIframe = "window";
    }
    if (targetOrigin === undefined || targetOrigin === null) {
      targetOrigin = "*";
    }
    if (typeof targetOrigin !== "string" || targetOrigin.trim() === "") {
      throw new TypeError("Please enter a target origin URL.");
    }
    // "If its value is "window", the message is sent to the parent application's window
    // (where Appsmith is embedded)."
    if (targetIframe === "window") {
      window.parent.postMessage(message, targetOrigin);
      return;
    }
    // "To send a message to an iframe embedded within Appsmith, the string should be the name
    // of the Iframe widget."
    var element = iframeElement(String(targetIframe));
    if (element === null || element.contentWindow === null) {
      throw new Error("Cannot find Iframe with name " + targetIframe + " on this page");
    }
    element.contentWindow.postMessage(message, targetOrigin);
  });

  // https://docs.appsmith.com/reference/appsmith-framework/widget-actions/window-message-listener
  define("windowMessageListener", function windowMessageListener(origin, callback) {
    if (typeof callback !== "function") {
      throw new TypeError("windowMessageListener: the callback must be a function");
    }
    var key = host.normalizeOrigin("windowMessageListener", origin);
    if (listeners.has(key)) {
      host.warn("windowMessageListener", "Already listening to " + key + "; the first listener stays. Call unlistenWindowMessage('" + key + "') first to replace it.");
      return Promise.resolve();
    }
    listeners.set(key, callback);
    host.listening(key, true);
    return Promise.resolve();
  });

  define("unlistenWindowMessage", function unlistenWindowMessage(origin) {
    var key = host.normalizeOrigin("unlistenWindowMessage", origin);
    if (!listeners.delete(key)) {
      host.warn("unlistenWindowMessage", "No subscriptions to " + key);
      return Promise.resolve();
    }
    host.listening(key, false);
    return Promise.resolve();
  });

  define("storeValue", function storeValue(key, value) {
    key = String(key);
    store[key] = value;
    host.storeValue(key, value, JSON.stringify(value));
    return Promise.resolve();
  });

  define("removeValue", function removeValue(key) {
    key = String(key);
    delete store[key];
    host.removeValue(key);
    return Promise.resolve();
  });

  define("clearStore", function clearStore() {
    Object.keys(store).forEach(function (key) { delete store[key]; });
    host.clearStore();
    return Promise.resolve();
  });

  define("showAlert", function showAlert(message, style) {
    host.showAlert(message === undefined ? "" : String(message), style === undefined || style === null ? "" : String(style));
    return Promise.resolve();
  });

  define("navigateTo", function navigateTo(pageNameOrUrl, params, target) {
    host.navigateTo(String(pageNameOrUrl), target === undefined || target === null ? "" : String(target));
    return Promise.resolve();
  });

  global.appsmith = { store: store, theme: theme, mode: "PUBLISHED" };

  // One listener for every Iframe widget and window message listener, added before any frame
  // loads. An Iframe widget takes only messages whose source is its own iframe's window; a
  // window message listener only those whose source is the parent window and whose origin is
  // the one it listens to.
  window.addEventListener("message", function (event) {
    var source = event.source;
    if (source === null) {
      return;
    }
    for (var i = 0; i < iframeNames.length; i++) {
      var element = iframeElement(iframeNames[i]);
      if (element !== null && element.contentWindow === source) {
        host.iframeMessage(iframeNames[i], { lastEventId: event.lastEventId, origin: event.origin, ports: event.ports }, event.data);
      }
    }
    if (source === window.parent && window.parent !== window) {
      var callback = listeners.get(event.origin);
      if (callback !== undefined) {
        var label = "windowMessageListener(" + event.origin + ")";
        try {
          Promise.resolve(callback(event.data)).then(function () { host.changed(); }, function (error) { host.actionError(label, describe(error)); });
        } catch (error) {
          host.actionError(label, describe(error));
        }
        host.changed();
      }
    }
  });

  return {
    evaluate: function (fn, text) {
      try {
        return [true, fn(text)];
      } catch (error) {
        return [false, describe(error)];
      }
    },
    runTrigger: function (fn, label) {
      var result;
      try {
        result = fn();
      } catch (error) {
        host.actionError(label, describe(error));
        return;
      }
      Promise.resolve(result).then(function () { host.changed(); }, function (error) { host.actionError(label, describe(error)); });
    },
    setIframeAttribute: function (name, attribute, value) {
      var element = iframeElement(name);
      if (element !== null) {
        element.setAttribute(attribute, value);
      }
    },
    preview: function (value) {
      if (value === undefined) {
        return "undefined";
      }
      if (typeof value === "function") {
        return "function " + (value.name || "(anonymous)");
      }
      try {
        var json = JSON.stringify(value);
        return json === undefined ? String(value) : json;
      } catch (error) {
        return String(value);
      }
    },
    text: function (value) {
      if (value === undefined || value === null) {
        return "";
      }
      if (typeof value === "object") {
        try {
          return JSON.stringify(value);
        } catch (error) {
          return String(value);
        }
      }
      return String(value);
    },
  };
})
