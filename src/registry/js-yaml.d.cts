export * from 'js-yaml'
